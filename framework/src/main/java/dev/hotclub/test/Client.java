package dev.hotclub.test;

import dev.hotclub.http.Cookie;
import dev.hotclub.http.HttpRequest;
import dev.hotclub.http.HttpResponse;
import dev.hotclub.http.QueryDict;
import dev.hotclub.utils.Json;
import dev.hotclub.utils.PercentEncoding;
import dev.hotclub.middleware.CsrfViewMiddleware;
import dev.hotclub.conf.Settings;
import dev.hotclub.project.Project;
import dev.hotclub.handlers.BaseHandler;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Django's test client: requests go through the project's middleware, resolver, views and error pages in the
 * same process, without a socket or a server. Cookies the project sets are kept ({@link #cookies()}) and sent back
 * on later requests; {@link #reverse} gives a URL by name; {@link TestResponse} has Django's assertions.
 *
 * <p>As Django's test runner and client: the project is served with DEBUG off (unless {@link #debugMode}), with
 * {@code testserver} in its ALLOWED_HOSTS, without CSRF checks (unless asked), and an exception a view raises (any
 * that would be a 500 page) is raised again in the test, with its stack trace ({@link #raiseRequestException}).
 * A client made from a project owns what it opens and {@link #close()} releases it; a test class annotated
 * {@link HotclubTest} is given one per test and closes it.
 *
 * <pre>{@code
 * try (Client client = new Client(new Site().project())) {
 *     TestResponse r = client.get("/greetings/Alice/");
 *     assertEquals(200, r.status());
 *     assertEquals("<h1>Hello, Alice!</h1><p>Nice to meet you.</p>", r.text());
 *     assertEquals("/greetings/", client.get("/greetings/go-home/").location());
 *     client.followRedirects(true).get("/greetings/go-home/").redirectChain();   // ["/greetings/"]
 * }
 * }</pre>
 */
public final class Client implements AutoCloseable {
    private static final int MAX_REDIRECTS = 20;

    private final BaseHandler handler;
    // Shared by this client and its copies (followRedirects, ...): closing any of them closes what was opened.
    private final AtomicBoolean open;
    private final boolean followRedirects;
    private final Map<String, String> cookies;
    private final boolean enforceCsrfChecks;
    private final boolean raiseRequestException;

    /**
     * A client for {@code project}, served with DEBUG off and {@code testserver} (the host of the client's requests)
     * added to its ALLOWED_HOSTS, as Django's test runner does; {@link #close()} releases what it opened.
     */
    public Client(Project project) {
        this(project, false);
    }

    /**
     * {@link #Client(Project)}, with CsrfViewMiddleware checking the client's unsafe requests when
     * {@code enforceCsrfChecks} (Django's {@code Client(enforce_csrf_checks=True)}).
     */
    public Client(Project project, boolean enforceCsrfChecks) {
        this(new BaseHandler(forTests(project).with(Settings.DEBUG, false)), true, false, new LinkedHashMap<>(),
                enforceCsrfChecks, true);
    }

    /**
     * A client for {@code project} with DEBUG as the project sets it (Django's {@code test --debug-mode}): for a test
     * of the debug pages.
     */
    public static Client debugMode(Project project) {
        return new Client(new BaseHandler(forTests(project)), true, false, new LinkedHashMap<>(), false, true);
    }

    /** A client over a pipeline someone else owns (and closes); its settings apply as they are. */
    public Client(BaseHandler handler) {
        this(handler, false, false, new LinkedHashMap<>(), false, true);
    }

    private Client(BaseHandler handler, boolean ownsHandler, boolean followRedirects, Map<String, String> cookies,
                   boolean enforceCsrfChecks, boolean raiseRequestException) {
        this.handler = handler;
        this.open = new AtomicBoolean(ownsHandler);
        this.followRedirects = followRedirects;
        this.cookies = cookies;
        this.enforceCsrfChecks = enforceCsrfChecks;
        this.raiseRequestException = raiseRequestException;
    }

    private Client(Client of, boolean followRedirects, boolean enforceCsrfChecks, boolean raiseRequestException) {
        this.handler = of.handler;
        this.open = of.open;
        this.followRedirects = followRedirects;
        this.cookies = of.cookies;
        this.enforceCsrfChecks = enforceCsrfChecks;
        this.raiseRequestException = raiseRequestException;
    }

    private static Project forTests(Project project) {
        return project.withAllowedHost("testserver");
    }

    /**
     * This client (same project, same cookies), following redirects to local URLs or not. A copy shares what this
     * client opened: closing either closes it, so {@code try (Client c = new Client(p).followRedirects(true))}
     * releases the project.
     */
    public Client followRedirects(boolean follow) {
        return new Client(this, follow, enforceCsrfChecks, raiseRequestException);
    }

    /**
     * This client (same project, same cookies), with CsrfViewMiddleware checking its unsafe requests or not.
     * As Django's test client, a client does not by default: tests post forms without tokens.
     */
    public Client enforceCsrfChecks(boolean enforce) {
        return new Client(this, followRedirects, enforce, raiseRequestException);
    }

    /**
     * This client (same project, same cookies), raising in the test the exception of a request that became a 500
     * page (the default, as Django's {@code raise_request_exception=True}), or returning the 500 page instead.
     */
    public Client raiseRequestException(boolean raise) {
        return new Client(this, followRedirects, enforceCsrfChecks, raise);
    }

    /** GET {@code path}, which may carry a query string ({@code /search/?q=x}). */
    public TestResponse get(String path) {
        return send(builder("GET", path).build());
    }

    /** GET {@code path} with {@code params} as the query string; a collection value repeats its key. */
    public TestResponse get(String path, Map<String, ?> params) {
        return send(builder("GET", path).queryString(encode(params)).build());
    }

    /** HEAD {@code path}: the response has the GET's status and headers, and no body. */
    public TestResponse head(String path) {
        return send(builder("HEAD", path).build());
    }

    /** POST {@code form} url-encoded to {@code path}; a collection value repeats its key. */
    public TestResponse post(String path, Map<String, ?> form) {
        return send(builder("POST", path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .body(encode(form).getBytes(StandardCharsets.UTF_8)).build());
    }

    /** POST {@code body} written as JSON by Jackson. */
    public TestResponse postJson(String path, Object body) {
        try {
            return send(builder("POST", path).header("Content-Type", "application/json")
                    .body(Json.mapper().writeValueAsBytes(body)).build());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write a " + body.getClass().getName() + " as JSON", e);
        }
    }

    /** A request of any method, with a body of any type. */
    public TestResponse request(String method, String path, String contentType, byte[] body) {
        HttpRequest.Builder b = builder(method, path);
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return send(b.body(body).build());
    }

    /**
     * Serves a request built by hand with {@code HttpRequest.builder} (headers, scheme, host...); this client's
     * cookies are not added to it, but the cookies its responses set are kept.
     */
    public TestResponse send(HttpRequest request) {
        List<String> chain = new ArrayList<>();
        List<Integer> statuses = new ArrayList<>();
        HttpResponse response = serve(request);
        while (followRedirects && isRedirect(response) && chain.size() < MAX_REDIRECTS) {
            String location = response.header("Location");
            URI target = URI.create(request.scheme() + "://" + request.host() + request.fullPath()).resolve(location);
            if (target.getHost() != null && !(target.getAuthority().equals(request.host()))) {
                break; // another site: a test stops here, as a browser would leave
            }
            chain.add(location);
            statuses.add(response.status());
            String method = response.status() == 307 || response.status() == 308 ? request.method() : "GET";
            String pathAndQuery = target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
            HttpRequest.Builder next = builder(method, pathAndQuery);
            if (method.equals(request.method()) && !method.equals("GET")) {
                next.body(request.body());
                if (request.header("Content-Type") != null) {
                    next.header("Content-Type", request.header("Content-Type"));
                }
            }
            request = next.build();
            response = serve(request);
        }
        return new TestResponse(response, request, request.method().equals("HEAD"), followRedirects, chain, statuses,
                url -> followRedirects(false).get(url));
    }

    private HttpResponse serve(HttpRequest request) {
        if (!enforceCsrfChecks) {
            CsrfViewMiddleware.skipChecks(request);
        }
        HttpResponse response = handler.serve(request);
        Throwable uncaught = request.attribute(BaseHandler.UNCAUGHT_EXCEPTION);
        if (uncaught != null && raiseRequestException) {
            throw Client.<RuntimeException>sneaky(uncaught);
        }
        for (Cookie c : response.cookies()) {
            if (c.maxAge() != null && c.maxAge().isZero()) {
                cookies.remove(c.name());
            } else {
                cookies.put(c.name(), c.value());
            }
        }
        return response;
    }

    // The view's own exception, checked or not, reaches the test as it was thrown (Django re-raises exc_info).
    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T sneaky(Throwable t) throws T {
        throw (T) t;
    }

    private HttpRequest.Builder builder(String method, String pathWithQuery) {
        int q = pathWithQuery.indexOf('?');
        String path = q < 0 ? pathWithQuery : pathWithQuery.substring(0, q);
        // Decoded as the server decodes a request line: /%zz/ stays /%zz/, /caf%C3%A9/ is /café/.
        HttpRequest.Builder b = HttpRequest.builder(method, PercentEncoding.decodePath(path))
                .queryString(q < 0 ? "" : pathWithQuery.substring(q + 1))
                .host("testserver");
        if (!cookies.isEmpty()) {
            StringBuilder header = new StringBuilder();
            cookies.forEach((k, v) -> header.append(header.length() > 0 ? "; " : "").append(k).append('=').append(v));
            b.header("Cookie", header.toString());
        }
        return b;
    }

    private static boolean isRedirect(HttpResponse response) {
        int s = response.status();
        return (s == 301 || s == 302 || s == 303 || s == 307 || s == 308) && response.header("Location") != null;
    }

    private static String encode(Map<String, ?> params) {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            List<String> values = new ArrayList<>();
            if (v instanceof Collection<?> c) {
                c.forEach(x -> values.add(String.valueOf(x)));
            } else {
                values.add(String.valueOf(v));
            }
            lists.put(k, values);
        });
        return QueryDict.of(lists).urlencode();
    }

    /**
     * Logs {@code user} in for the next requests without a password (Django's {@code client.force_login}): a session
     * holding Django's auth keys, saved in the project's session store, its cookie kept by this client.
     */
    public Client forceLogin(dev.hotclub.auth.models.AbstractUser user) {
        dev.hotclub.conf.Settings settings = project().settings();
        dev.hotclub.sessions.Session session = new dev.hotclub.sessions.Session(
                settings.get(dev.hotclub.middleware.SessionMiddleware.SESSION_ENGINE), null,
                settings.get(dev.hotclub.middleware.SessionMiddleware.SESSION_COOKIE_AGE), settings.secretKey());
        session.put(dev.hotclub.auth.Auth.SESSION_KEY, String.valueOf(user.pk()));
        session.put(dev.hotclub.auth.Auth.BACKEND_SESSION_KEY, dev.hotclub.auth.Auth.MODEL_BACKEND);
        session.put(dev.hotclub.auth.Auth.HASH_SESSION_KEY, user.getSessionAuthHash(settings.secretKey()));
        cookies.put(dev.hotclub.middleware.SessionMiddleware.COOKIE_NAME, session.save());
        return this;
    }

    /**
     * Logs in with a username and password checked as the login page checks them (Django's {@code client.login}):
     * false when they are not an active user's.
     */
    public boolean login(String username, String password) {
        var user = dev.hotclub.auth.Auth.authenticate(project().settings(), username, password);
        user.ifPresent(this::forceLogin);
        return user.isPresent();
    }

    /** The project under test. */
    public Project project() {
        return handler.project();
    }

    /**
     * Django's {@code reverse()} in a test: the URL of the pattern named {@code name} in the project under
     * test, {@code client.reverse("polls:detail", 1)} is {@code "/polls/1/"}. ({@code Shortcuts.reverse} needs
     * a request being served.)
     */
    public String reverse(String name, Object... args) {
        return handler.project().resolver().reverse(name, args);
    }

    /** {@link #reverse(String, Object...)} with named values: {@code reverse("polls:detail", Map.of("question_id", 1))}. */
    public String reverse(String name, Map<String, ?> kwargs) {
        return handler.project().resolver().reverse(name, kwargs);
    }

    /**
     * The cookies this client sends, name to value (Django's {@code client.cookies}): those the project set,
     * kept across requests until it deletes them. The map is live: put a cookie in it to send it, remove one to
     * stop sending it.
     */
    public Map<String, String> cookies() {
        return cookies;
    }

    @Override
    public void close() {
        if (open.getAndSet(false)) {
            handler.close();
        }
    }
}
