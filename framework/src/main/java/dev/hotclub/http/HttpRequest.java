package dev.hotclub.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.hotclub.http.internal.CookieHeader;
import dev.hotclub.http.internal.Json;
import dev.hotclub.http.internal.PercentEncoding;
import dev.hotclub.urls.ResolverMatch;
import java.io.IOException;
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
 * A request is immutable; the server and the test {@code Client} build it with {@link #builder(String, String)}.
 */
public final class HttpRequest {
    private final String method;
    private final String path;
    private final String queryString;
    private final String scheme;
    private final String host;
    private final String protocol;
    // name, value, name, value...: as the client sent them. The HttpHeaders view and the cookies are made on first
    // use: most views read a header or two, if any, and copying every header into maps cost each request.
    private final List<String> headerPairs;
    private HttpHeaders headers;
    private Map<String, String> cookies;
    private final byte[] body;
    private final QueryDict givenForm;
    private final Map<String, List<UploadedFile>> files;
    private final String remoteAddress;
    private final ResolverMatch resolverMatch;
    // Parsed on first use, so that a malformed query string is a 400 only for views that read it.
    private QueryDict get;
    private QueryDict post;

    private HttpRequest(Builder b, ResolverMatch match) {
        this.method = b.method;
        this.path = b.path;
        this.queryString = b.queryString;
        this.scheme = b.scheme;
        this.host = b.host;
        this.protocol = b.protocol;
        this.headerPairs = List.copyOf(b.headers);
        this.body = b.body;
        this.givenForm = b.form;
        this.files = b.files;
        this.remoteAddress = b.remoteAddress;
        this.resolverMatch = match;
    }

    private HttpRequest(HttpRequest r, ResolverMatch match) {
        this.method = r.method;
        this.path = r.path;
        this.queryString = r.queryString;
        this.scheme = r.scheme;
        this.host = r.host;
        this.protocol = r.protocol;
        this.headerPairs = r.headerPairs;
        this.headers = r.headers;
        this.cookies = r.cookies;
        this.body = r.body;
        this.givenForm = r.givenForm;
        this.files = r.files;
        this.remoteAddress = r.remoteAddress;
        this.resolverMatch = match;
        this.get = r.get;
        this.post = r.post;
    }

    /** A builder for a request; {@code path} is the decoded path, starting with {@code /}. */
    public static Builder builder(String method, String path) {
        return new Builder(method, path);
    }

    /** This request with the URL pattern it matched: what the framework hands to the view. */
    public HttpRequest withResolverMatch(ResolverMatch match) {
        return new HttpRequest(this, match);
    }

    /** {@code GET}, {@code POST}, ... in upper case. */
    public String method() {
        return method;
    }

    /** The decoded path, e.g. {@code /greetings/café/} (Django's {@code request.path}). */
    public String path() {
        return path;
    }

    /** The path percent-encoded again, with the query string: {@code /greetings/caf%C3%A9/?page=2}. */
    public String fullPath() {
        String encoded = PercentEncoding.escapeUriPath(path);
        return queryString.isEmpty() ? encoded : encoded + "?" + queryString;
    }

    /** The raw query string without {@code ?}; empty when there is none. */
    public String queryString() {
        return queryString;
    }

    /** {@code http} or {@code https}. */
    public String scheme() {
        return scheme;
    }

    public boolean isSecure() {
        return "https".equals(scheme);
    }

    /** The host the client asked for, with the port when it is not the default one, e.g. {@code 127.0.0.1:8000}. */
    public String host() {
        return host;
    }

    /** The protocol of the request line, e.g. {@code HTTP/1.1}. */
    public String protocol() {
        return protocol;
    }

    /** The client's address, or {@code null} when unknown (the test client). */
    public String remoteAddress() {
        return remoteAddress;
    }

    /** The headers; names are case-insensitive. */
    public HttpHeaders headers() {
        if (headers == null) {
            Map<String, List<String>> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (int i = 0; i < headerPairs.size(); i += 2) {
                byName.computeIfAbsent(headerPairs.get(i), k -> new ArrayList<>()).add(headerPairs.get(i + 1));
            }
            headers = HttpHeaders.of(byName, (k, v) -> true);
        }
        return headers;
    }

    /** A header's first value, or {@code null}; the name is case-insensitive. */
    public String header(String name) {
        for (int i = 0; i < headerPairs.size(); i += 2) {
            if (headerPairs.get(i).equalsIgnoreCase(name)) {
                // As HttpHeaders gives it.
                return headerPairs.get(i + 1).trim();
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
        if (cookies == null) {
            List<String> values = new ArrayList<>(1);
            for (int i = 0; i < headerPairs.size(); i += 2) {
                if (headerPairs.get(i).equalsIgnoreCase("Cookie")) {
                    values.add(headerPairs.get(i + 1).trim());
                }
            }
            cookies = CookieHeader.parse(values);
        }
        return cookies;
    }

    /** A cookie's value, or {@code null}. */
    public String cookie(String name) {
        return cookies().get(name);
    }

    /** The query string's fields. A query string of more than 1000 fields throws {@link TooManyFieldsSent}. */
    public QueryDict GET() {
        if (get == null) {
            get = QueryDict.parse(queryString);
        }
        return get;
    }

    /**
     * The form fields of a {@code application/x-www-form-urlencoded} or {@code multipart/form-data} body;
     * empty for any other body (read {@link #body()} or {@link #json(Class)} then).
     */
    public QueryDict POST() {
        if (post == null) {
            if (givenForm != null) {
                post = givenForm;
            } else if (contentType().equals("application/x-www-form-urlencoded") && body != null) {
                post = QueryDict.parse(formText(body));
            } else {
                post = QueryDict.empty();
            }
        }
        return post;
    }

    /** The files of a multipart form, by field name. */
    public Map<String, List<UploadedFile>> FILES() {
        return files;
    }

    /** One uploaded file, or {@code null}. */
    public UploadedFile file(String fieldName) {
        List<UploadedFile> list = files.get(fieldName);
        return list == null || list.isEmpty() ? null : list.get(list.size() - 1);
    }

    /** The body's bytes; empty when there is none or when a multipart body was read into {@link #POST()}. */
    public byte[] body() {
        return body == null ? new byte[0] : body.clone();
    }

    /** The body decoded as UTF-8. */
    public String bodyText() {
        return body == null ? "" : new String(body, StandardCharsets.UTF_8);
    }

    /** The JSON body read by Jackson into {@code type}; a body that is not such JSON is a {@link BadRequest}. */
    public <T> T json(Class<T> type) {
        try {
            return Json.mapper().readValue(body == null ? new byte[0] : body, type);
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

    /**
     * A value the URL pattern captured, in its string form: {@code request.arg("name")} for
     * {@code <str:name>}. A name the pattern does not capture is an error naming the route.
     */
    public String arg(String name) {
        return String.valueOf(rawArg(name));
    }

    /** A value captured by an {@code int} converter (or any value that is a whole number). */
    public int intArg(String name) {
        Object value = rawArg(name);
        if (value instanceof Integer i) {
            return i;
        }
        if (value instanceof Long l && l == l.intValue()) {
            return l.intValue();
        }
        throw wrongType(name, value, "int", "<int:" + name + ">");
    }

    /** A value captured by an {@code int} converter, as a long. */
    public long longArg(String name) {
        Object value = rawArg(name);
        if (value instanceof Integer || value instanceof Long) {
            return ((Number) value).longValue();
        }
        throw wrongType(name, value, "long", "<int:" + name + ">");
    }

    /** A value captured by a {@code uuid} converter. */
    public UUID uuidArg(String name) {
        return arg(name, UUID.class);
    }

    /** A captured value as the type its converter gives, e.g. a custom converter's {@code LocalDate}. */
    public <T> T arg(String name, Class<T> type) {
        Object value = rawArg(name);
        if (type.isInstance(value)) {
            return type.cast(value);
        }
        throw wrongType(name, value, type.getSimpleName(), "a converter that gives a " + type.getSimpleName());
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

    private IllegalArgumentException wrongType(String name, Object value, String wanted, String advice) {
        return new IllegalArgumentException("The value '" + name + "' captured by the route '"
                + resolverMatch.route() + "' is the " + value.getClass().getSimpleName() + " \"" + value
                + "\", not " + (wanted.matches("[aeiouAEIOU].*") ? "an " : "a ") + wanted + ": use " + advice
                + " in the route");
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
        return "<HttpRequest: " + method + " '" + fullPath() + "'>";
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
            return new HttpRequest(this, null);
        }
    }
}
