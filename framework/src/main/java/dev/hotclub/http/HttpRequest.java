package dev.hotclub.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.hotclub.http.internal.CookieHeader;
import dev.hotclub.http.internal.AbsoluteUris;
import dev.hotclub.http.internal.HostValidation;
import dev.hotclub.utils.Json;
import dev.hotclub.utils.PercentEncoding;
import dev.hotclub.sessions.Session;
import dev.hotclub.conf.Settings;
import dev.hotclub.urls.ResolverMatch;
import java.io.IOException;
import java.math.BigInteger;
import java.net.http.HttpHeaders;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The request a view is given, as Django's {@code HttpRequest}: method, path, headers, cookies, the query
 * string as {@link #GET()}, form fields as {@link #POST()}, the body, and the values the URL pattern captured.
 *
 * <pre>{@code
 * static HttpResponse greet(HttpRequest request) {
 *     String name = request.arg("name");          // from path("<str:name>/", ...)
 *     int page = Integer.parseInt(request.GET().get("page", "1"));
 *     ...
 * }
 * }</pre>
 *
 * A request is a thin value over what the client sent ({@link Wire}, one record, never changed), plus what the
 * framework learns while serving it: the project's settings ({@link #settings()}, set before the middleware) and the
 * URL pattern it matched ({@link #resolverMatch()}, set before the view); each of those gives a copy
 * ({@link #withSettings}, {@link #withResolverMatch}). What is mutable, and shared by the copies of one request: the
 * attributes middleware set for the view ({@link #setAttribute}), among them the {@link #session()} and the CSRF
 * state; and the parsed forms of the headers, cookies, {@code GET} and {@code POST}, made on first use. The server
 * and the test {@code Client} build requests with {@link #builder(String, String)}.
 */
public final class HttpRequest {
    /**
     * What the client sent, as the server read it.
     *
     * @param headerPairs name, value, name, value...: as the client sent them. The {@link HttpHeaders} view and the
     *                    cookies are made on first use: most views read a header or two, if any.
     * @param form        form fields the server parsed already (a multipart body), or null
     */
    record Wire(String method, String path, String queryString, String scheme, String host, String protocol,
                int serverPort, String remoteAddress, List<String> headerPairs, byte[] body, QueryDict form,
                Map<String, List<UploadedFile>> files) {
    }

    /** The parsed views of the wire data, made on first use and shared by the copies of one request. */
    private static final class Parsed {
        private HttpHeaders headers;
        private Map<String, String> cookies;
        // Parsed on first use, so that a malformed query string is a 400 only for views that read it.
        private QueryDict get;
        private QueryDict post;
    }

    private final Wire wire;
    private final Parsed parsed;
    // What middleware sets, the view reads: shared by the copies of one request.
    private final Map<RequestAttribute<?>, Object> attributes;
    private final ResolverMatch resolverMatch;
    // The serving project's settings; null for a request built by hand and not served (nothing to check against).
    private final Settings settings;

    private HttpRequest(Wire wire, Parsed parsed, Map<RequestAttribute<?>, Object> attributes, ResolverMatch match,
                        Settings settings) {
        this.wire = wire;
        this.parsed = parsed;
        this.attributes = attributes;
        this.resolverMatch = match;
        this.settings = settings;
    }

    /** A builder for a request; {@code path} is the decoded path, starting with {@code /}. */
    public static Builder builder(String method, String path) {
        return new Builder(method, path);
    }

    /** This request with the URL pattern it matched: what the framework hands to the view. */
    public HttpRequest withResolverMatch(ResolverMatch match) {
        return new HttpRequest(wire, parsed, attributes, match, settings);
    }

    /** This request as served by a project with {@code settings}: what the framework does before middleware. */
    public HttpRequest withSettings(Settings settings) {
        return new HttpRequest(wire, parsed, attributes, resolverMatch, settings);
    }

    /** {@code GET}, {@code POST}, ... in upper case. */
    public String method() {
        return wire.method();
    }

    /** The decoded path, e.g. {@code /greetings/café/} (Django's {@code request.path}). */
    public String path() {
        return wire.path();
    }

    /** The path percent-encoded again, with the query string: {@code /greetings/caf%C3%A9/?page=2}. */
    public String fullPath() {
        String encoded = PercentEncoding.escapeUriPath(wire.path());
        return wire.queryString().isEmpty() ? encoded : encoded + "?" + wire.queryString();
    }

    /** The raw query string without {@code ?}; empty when there is none. */
    public String queryString() {
        return wire.queryString();
    }

    /**
     * {@code http} or {@code https}, as Django's {@code request.scheme}: with SECURE_PROXY_SSL_HEADER set and its
     * header present, {@code https} exactly when the header's first value is the configured one; otherwise the
     * scheme the connection used.
     */
    public String scheme() {
        Settings.ProxySslHeader proxy = settings == null ? null : settings.get(Settings.SECURE_PROXY_SSL_HEADER);
        if (proxy != null) {
            String value = header(proxy.header());
            if (value != null) {
                return value.split(",", 2)[0].trim().equals(proxy.value()) ? "https" : "http";
            }
        }
        return wire.scheme();
    }

    /** Whether the client used https (Django's {@code is_secure()}, through a proxy when configured). */
    public boolean isSecure() {
        return scheme().equals("https");
    }

    /**
     * The host the client asked for, with its port when given, e.g. {@code example.com:8000}, checked against
     * ALLOWED_HOSTS (Django's {@code get_host()}). {@code X-Forwarded-Host} replaces {@code Host} with
     * USE_X_FORWARDED_HOST on.
     *
     * @throws DisallowedHost when the host is not allowed, with the message saying what to add to ALLOWED_HOSTS
     */
    public String host() {
        String host = rawHost();
        return settings == null ? host
                : HostValidation.checked(host, settings.get(Settings.ALLOWED_HOSTS), settings.debug());
    }

    /** The host as {@link #host()} finds it, not checked against ALLOWED_HOSTS (for logs and error pages). */
    public String rawHost() {
        if (settings != null && settings.get(Settings.USE_X_FORWARDED_HOST)) {
            // All lines, as Django reads META: two X-Forwarded-Host lines are no valid host.
            String forwarded = joinedHeader("X-Forwarded-Host");
            if (forwarded != null) {
                return forwarded;
            }
        }
        return wire.host();
    }

    /** The server's port, or {@code X-Forwarded-Port} with USE_X_FORWARDED_PORT on (Django's {@code get_port()}). */
    public String port() {
        if (settings != null && settings.get(Settings.USE_X_FORWARDED_PORT)) {
            String forwarded = joinedHeader("X-Forwarded-Port");
            if (forwarded != null) {
                return forwarded;
            }
        }
        return String.valueOf(wire.serverPort());
    }

    /**
     * The absolute URI of this request, e.g. {@code https://example.com/greetings/?page=2} (Django's
     * {@code build_absolute_uri()}).
     */
    public String buildAbsoluteUri() {
        return AbsoluteUris.build(scheme() + "://" + host(), wire.path(), "//" + fullPath());
    }

    /**
     * {@code location} made absolute against this request (Django's {@code build_absolute_uri(location)}):
     * {@code /a/} becomes {@code https://example.com/a/}, {@code b/} is relative to the request's path, and an
     * absolute URL is kept.
     */
    public String buildAbsoluteUri(String location) {
        return AbsoluteUris.build(scheme() + "://" + host(), wire.path(), location);
    }

    /** The settings of the project serving this request (the framework's and the project's own). */
    public Settings settings() {
        return settings != null ? settings : NO_SETTINGS;
    }

    private static final Settings NO_SETTINGS = Settings.defaults();

    /** The protocol of the request line, e.g. {@code HTTP/1.1}. */
    public String protocol() {
        return wire.protocol();
    }

    /** The address of the socket's peer (Django's {@code REMOTE_ADDR}), or {@code null} when unknown (the test client). */
    public String remoteAddress() {
        return wire.remoteAddress();
    }

    /**
     * The client's address: with NUM_PROXIES = n &gt; 0, the n-th address from the right of
     * {@code X-Forwarded-For} (the one the outermost of your proxies saw; addresses further left are the
     * client's word), as Django REST framework's {@code get_ident}; otherwise {@link #remoteAddress()}.
     */
    public String clientAddress() {
        int proxies = settings == null ? 0 : settings.get(Settings.NUM_PROXIES);
        // Every line: a proxy that appends a line of its own (rather than to the client's) puts the address it saw
        // last, where the first line is the client's word.
        String forwardedFor = joinedHeader("X-Forwarded-For");
        if (proxies == 0 || forwardedFor == null || forwardedFor.isBlank()) {
            return wire.remoteAddress();
        }
        // As Python's split: "," is two empty entries (Java's split would drop them, and index out of bounds).
        String[] addresses = forwardedFor.split(",", -1);
        return addresses[addresses.length - Math.min(proxies, addresses.length)].trim();
    }

    /**
     * Every line of the header {@code name} joined with {@code ,}, as a WSGI server puts a repeated header in Django's
     * {@code request.META}; {@code null} when absent.
     */
    private String joinedHeader(String name) {
        String joined = null;
        List<String> pairs = wire.headerPairs();
        for (int i = 0; i < pairs.size(); i += 2) {
            if (pairs.get(i).equalsIgnoreCase(name)) {
                String value = pairs.get(i + 1).trim();
                joined = joined == null ? value : joined + "," + value;
            }
        }
        return joined;
    }

    /** The headers; names are case-insensitive. */
    public HttpHeaders headers() {
        if (parsed.headers == null) {
            Map<String, List<String>> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (int i = 0; i < wire.headerPairs().size(); i += 2) {
                byName.computeIfAbsent(wire.headerPairs().get(i), k -> new ArrayList<>()).add(wire.headerPairs().get(i + 1));
            }
            parsed.headers = HttpHeaders.of(byName, (k, v) -> true);
        }
        return parsed.headers;
    }

    /** A header's first value, or {@code null}; the name is case-insensitive. */
    public String header(String name) {
        for (int i = 0; i < wire.headerPairs().size(); i += 2) {
            if (wire.headerPairs().get(i).equalsIgnoreCase(name)) {
                // As HttpHeaders gives it.
                return wire.headerPairs().get(i + 1).trim();
            }
        }
        return null;
    }

    /** The {@code Content-Type} without its parameters, lower case; empty when absent. */
    public String contentType() {
        String type = header("Content-Type");
        return type == null ? "" : type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    }

    /** The cookies the client sent. */
    public Map<String, String> cookies() {
        if (parsed.cookies == null) {
            List<String> values = new ArrayList<>(1);
            for (int i = 0; i < wire.headerPairs().size(); i += 2) {
                if (wire.headerPairs().get(i).equalsIgnoreCase("Cookie")) {
                    values.add(wire.headerPairs().get(i + 1).trim());
                }
            }
            parsed.cookies = CookieHeader.parse(values);
        }
        return parsed.cookies;
    }

    /** A cookie's value, or {@code null}. */
    public String cookie(String name) {
        return cookies().get(name);
    }

    /** The query string's fields. A query string of more than 1000 fields throws {@link TooManyFieldsSent}. */
    public QueryDict GET() {
        if (parsed.get == null) {
            parsed.get = QueryDict.parse(wire.queryString());
        }
        return parsed.get;
    }

    /**
     * The form fields of a {@code application/x-www-form-urlencoded} or {@code multipart/form-data} body;
     * empty for any other body (read {@link #body()} or {@link #json(Class)} then).
     */
    public QueryDict POST() {
        if (parsed.post == null) {
            if (wire.form() != null) {
                parsed.post = wire.form();
            } else if (contentType().equals("application/x-www-form-urlencoded") && wire.body() != null) {
                parsed.post = QueryDict.parse(formText(wire.body()));
            } else {
                parsed.post = QueryDict.empty();
            }
        }
        return parsed.post;
    }

    /** The files of a multipart form, by field name. */
    public Map<String, List<UploadedFile>> FILES() {
        return wire.files();
    }

    /** One uploaded file, or {@code null}. */
    public UploadedFile file(String fieldName) {
        List<UploadedFile> list = wire.files().get(fieldName);
        return list == null || list.isEmpty() ? null : list.get(list.size() - 1);
    }

    /** The body's bytes; empty when there is none or when a multipart body was read into {@link #POST()}. */
    public byte[] body() {
        return wire.body() == null ? new byte[0] : wire.body().clone();
    }

    /** The body decoded as UTF-8. */
    public String bodyText() {
        return wire.body() == null ? "" : new String(wire.body(), StandardCharsets.UTF_8);
    }

    /** The JSON body read by Jackson into {@code type}; a body that is not such JSON is a {@link BadRequest}. */
    public <T> T json(Class<T> type) {
        try {
            return Json.mapper().readValue(wire.body() == null ? new byte[0] : wire.body(), type);
        } catch (JsonProcessingException e) {
            throw new BadRequest("The request body is not JSON for a " + type.getSimpleName() + ": "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw new BadRequest("Cannot read the request body as JSON: " + e.getMessage());
        }
    }

    /** The URL pattern this request matched; {@code null} before the URL is resolved (in middleware). */
    public ResolverMatch resolverMatch() {
        return resolverMatch;
    }

    /** The value middleware set under {@code key}, or {@code null}. */
    public <T> T attribute(RequestAttribute<T> key) {
        return key.type().cast(attributes.get(key));
    }

    /** Sets (or, with {@code null}, removes) the value under {@code key}, for the view and inner middleware. */
    public <T> HttpRequest setAttribute(RequestAttribute<T> key, T value) {
        if (value == null) {
            attributes.remove(key);
        } else {
            attributes.put(key, key.type().cast(value));
        }
        return this;
    }

    /**
     * The visitor's session (Django's {@code request.session}), which {@code SessionMiddleware} provides; without
     * it in the project's middleware this is an error saying so.
     */
    public Session session() {
        Session session = attribute(Session.ATTRIBUTE);
        if (session == null) {
            throw new IllegalStateException("request.session() needs SessionMiddleware: add new SessionMiddleware()"
                    + " (dev.hotclub.middleware) to the project's middleware, before the middleware and views that"
                    + " use the session, e.g. .middleware(new SecurityMiddleware(), new SessionMiddleware(), ...)");
        }
        return session;
    }

    /**
     * Who made the request (Django's {@code request.user}): a user, or the anonymous user. {@code AuthenticationMiddleware}
     * ({@code dev.hotclub.auth}) provides it; without it this is an error saying so.
     */
    public RequestUser user() {
        RequestUser.Lazy lazy = attribute(RequestUser.ATTRIBUTE);
        if (lazy == null) {
            throw new IllegalStateException("request.user() needs AuthenticationMiddleware: add new"
                    + " AuthenticationMiddleware() (dev.hotclub.auth) to the project's middleware, after SessionMiddleware,"
                    + " e.g. .middleware(new SessionMiddleware(), new CsrfViewMiddleware(), new AuthenticationMiddleware())");
        }
        return lazy.get();
    }

    /**
     * A value the URL pattern captured, in its string form: {@code request.arg("name")} for
     * {@code <str:name>}. A name the pattern does not capture is an error naming the route.
     */
    public String arg(String name) {
        return String.valueOf(rawArg(name));
    }

    /**
     * A value captured by an {@code int} converter (or any whole number) as an int. The converter takes any
     * number of digits, as Django's: a number beyond an int's range is a 404 (nothing can have that id), whose
     * debug page says to read it with {@link #longArg} or {@link #bigIntegerArg} if you mean to take it.
     */
    public int intArg(String name) {
        return pathValue(name).asInt();
    }

    /** A value captured by an {@code int} converter, as a long; a number beyond a long's range is a 404. */
    public long longArg(String name) {
        return pathValue(name).asLong();
    }

    /** A value captured by an {@code int} converter, whatever its size (a Python int, as Django gives it). */
    public BigInteger bigIntegerArg(String name) {
        return pathValue(name).asBigInteger();
    }

    /** A value captured by a {@code uuid} converter. */
    public UUID uuidArg(String name) {
        return arg(name, UUID.class);
    }

    /**
     * A captured value as the type its converter gives, e.g. a custom converter's {@code LocalDate}. A whole
     * number is given as the {@code Integer}, {@code Long} or {@code BigInteger} asked for, as {@link #intArg}.
     */
    public <T> T arg(String name, Class<T> type) {
        return pathValue(name).as(type);
    }

    private PathValues pathValue(String name) {
        return new PathValues(resolverMatch, name, rawArg(name));
    }

    private Object rawArg(String name) {
        if (resolverMatch == null) {
            throw new IllegalStateException("request.arg(\"" + name + "\") was called before the URL was resolved"
                    + " (in middleware?): path values exist once the view is chosen");
        }
        Map<String, Object> kwargs = resolverMatch.kwargs();
        if (!kwargs.containsKey(name)) {
            throw new IllegalArgumentException("The route '" + resolverMatch.route() + "' captures no value named '"
                    + name + "'; it captures " + (kwargs.isEmpty() ? "none" : String.join(", ", kwargs.keySet())));
        }
        return kwargs.get(name);
    }

    // Django's QueryDict(bytes): UTF-8, or Latin-1 for the misbehaving clients whose body is not UTF-8.
    private static String formText(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            return new String(body, StandardCharsets.ISO_8859_1);
        }
    }

    @Override
    public String toString() {
        return "<HttpRequest: " + wire.method() + " '" + fullPath() + "'>";
    }

    /** Builds an {@link HttpRequest}: the one way the Undertow adapter and the test client make requests. */
    public static final class Builder {
        private final String method;
        private final String path;
        private String queryString = "";
        private String scheme = "http";
        private String host = "testserver";
        private String protocol = "HTTP/1.1";
        private final List<String> headers = new ArrayList<>(32);
        private byte[] body;
        private QueryDict form;
        private Map<String, List<UploadedFile>> files = Map.of();
        private String remoteAddress;
        private int serverPort = 80;

        private Builder(String method, String path) {
            if (path == null || !path.startsWith("/")) {
                throw new IllegalArgumentException("A request path starts with '/', got " + path);
            }
            this.method = method.toUpperCase(Locale.ROOT);
            this.path = path;
        }

        /** The raw query string, without {@code ?}. */
        public Builder queryString(String queryString) {
            this.queryString = queryString == null ? "" : queryString;
            return this;
        }

        public Builder scheme(String scheme) {
            this.scheme = scheme;
            return this;
        }

        /** The host with its port when not the default, as the {@code Host} header gives it. */
        public Builder host(String host) {
            this.host = host;
            return this;
        }

        public Builder protocol(String protocol) {
            this.protocol = protocol;
            return this;
        }

        /** The port the server received the request on (Django's {@code SERVER_PORT}); 80 by default. */
        public Builder serverPort(int serverPort) {
            this.serverPort = serverPort;
            return this;
        }

        public Builder remoteAddress(String remoteAddress) {
            this.remoteAddress = remoteAddress;
            return this;
        }

        /** Adds a header value (a name may repeat). */
        public Builder header(String name, String value) {
            if (name == null || name.isBlank() || value == null) {
                throw new IllegalArgumentException("A request header needs a name and a value, got " + name + ": " + value);
            }
            headers.add(name.trim());
            headers.add(value);
            return this;
        }

        public Builder body(byte[] body) {
            this.body = body;
            return this;
        }

        /** Form fields already parsed by the server (a multipart body); url-encoded bodies parse themselves. */
        public Builder form(QueryDict form) {
            this.form = form;
            return this;
        }

        public Builder files(Map<String, List<UploadedFile>> files) {
            Map<String, List<UploadedFile>> copy = new LinkedHashMap<>();
            files.forEach((k, v) -> copy.put(k, List.copyOf(v)));
            this.files = Collections.unmodifiableMap(copy);
            return this;
        }

        public HttpRequest build() {
            Wire wire = new Wire(method, path, queryString, scheme, host, protocol, serverPort, remoteAddress,
                    List.copyOf(headers), body, form, files);
            return new HttpRequest(wire, new Parsed(), new ConcurrentHashMap<>(), null, null);
        }
    }
}
