package dev.hotclub.middleware;

import dev.hotclub.http.Cookie;
import dev.hotclub.http.HttpRequest;
import dev.hotclub.http.HttpResponse;
import dev.hotclub.http.TemplateResponse;
import dev.hotclub.http.View;
import dev.hotclub.middleware.internal.CsrfExemptView;
import dev.hotclub.middleware.internal.CsrfFailurePage;
import dev.hotclub.middleware.internal.CsrfState;
import dev.hotclub.middleware.internal.TrustedOrigins;
import dev.hotclub.middleware.internal.VaryHeaders;
import dev.hotclub.conf.Setting;
import dev.hotclub.conf.Settings;
import dev.hotclub.http.Middleware;
import dev.hotclub.templates.TemplateEngine;
import dev.hotclub.urls.ResolverMatch;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Django's {@code CsrfViewMiddleware}: a POST (or PUT, PATCH, DELETE: any method but GET, HEAD, OPTIONS and
 * TRACE) is refused with a 403 unless it carries the token of the visitor's {@code csrftoken} cookie, in the
 * {@code csrfmiddlewaretoken} form field or the {@code X-CSRFToken} header. Templates rendered with
 * {@code render(request, ...)} have the token as {@code ${csrf_token}} and the form field as
 * {@code <@csrf_input/>}; using either sets the cookie.
 *
 * <p>As in Django: the cookie holds a 32-character secret; each page gets a different 64-character masked
 * token for it, and a 32-character token (the secret itself) is accepted too. A request with an
 * {@code Origin} header must come from the request's own origin or one of {@code csrfTrustedOrigins}; an
 * https request without one must have a {@code Referer} from an https page of the same host or a trusted
 * origin. A view that takes posts from elsewhere (a webhook) opts out with {@link #exempt(View)}. The 403 page
 * says why in debug mode; a project's {@code 403_csrf.html} template replaces it (with {@code reason},
 * {@code no_referer}, {@code no_cookie}, {@code DEBUG} and {@code request} in its context). The test {@code Client} skips the checks unless told to enforce them, as Django's.
 */
public final class CsrfViewMiddleware implements Middleware {
    /** Django's {@code CSRF_COOKIE_NAME}. */
    public static final String COOKIE_NAME = "csrftoken";
    /** Django's {@code CSRF_HEADER_NAME} as sent: {@code X-CSRFToken}. */
    public static final String HEADER_NAME = "X-CSRFToken";
    /** The form field of {@code <@csrf_input/>}. */
    public static final String FIELD_NAME = "csrfmiddlewaretoken";
    /** Django's {@code CSRF_COOKIE_AGE}: a year. */
    public static final Duration COOKIE_AGE = Duration.ofSeconds(60L * 60 * 24 * 7 * 52);

    /** Django's {@code CSRF_TRUSTED_ORIGINS}: {@code https://example.com}, {@code https://*.example.com}. */
    public static final Setting<List<String>> CSRF_TRUSTED_ORIGINS = Setting.list("CSRF_TRUSTED_ORIGINS", List.of(),
            "Origins trusted for unsafe requests, e.g. https://*.example.com.").checkedBy(origins -> {
                for (String origin : origins) {
                    // Django 4.0's check 4_0.E001: an origin without its scheme could not be compared with Origin.
                    if (origin == null || !origin.contains("://")) {
                        throw new IllegalArgumentException("CSRF_TRUSTED_ORIGINS values must start with a scheme"
                                + " (usually http:// or https://), e.g. \"https://example.com\" or"
                                + " \"https://*.example.com\"; got " + (origin == null ? "null" : "\"" + origin + "\""));
                    }
                }
            });
    /** Django's {@code CSRF_COOKIE_SECURE}: send the {@code csrftoken} cookie over https only (off by default). */
    public static final Setting<Boolean> CSRF_COOKIE_SECURE = Setting.bool("CSRF_COOKIE_SECURE", false,
            "Send the csrftoken cookie over https only.");

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    /** {@code view}, accepted without CSRF checks (Django's {@code @csrf_exempt}): {@code path("hook/", exempt(Hooks::github))}. */
    public static View exempt(View view) {
        return new CsrfExemptView(view);
    }

    /**
     * A new masked token for {@code request} (Django's {@code get_token}), for a page to send back in a form or
     * the {@code X-CSRFToken} header; the response then sets the cookie.
     */
    public static String getToken(HttpRequest request) {
        return state(request).token();
    }

    /**
     * Adds {@code csrf_token} and {@code csrf_input} ({@code <@csrf_input/>}) for {@code request} to a template's
     * {@code context}, as Django's {@code csrf} context processor: {@code render} does it for every template.
     */
    public static void addTemplateValues(Map<String, Object> context, HttpRequest request) {
        dev.hotclub.middleware.internal.CsrfTemplateValues.addTo(context, request);
    }

    /**
     * Lets {@code request} through without the CSRF checks, as Django's test client does unless asked to enforce
     * them ({@code request._dont_enforce_csrf_checks}).
     */
    public static void skipChecks(HttpRequest request) {
        request.setAttribute(CsrfState.DONT_ENFORCE, true);
    }

    /** A new secret for the visitor (Django's {@code rotate_token}): call it on login. */
    public static void rotateToken(HttpRequest request) {
        state(request).rotate();
    }

    private static CsrfState state(HttpRequest request) {
        CsrfState state = request.attribute(CsrfState.ATTRIBUTE);
        if (state == null) {
            throw new IllegalStateException("The CSRF token needs CsrfViewMiddleware: add new CsrfViewMiddleware()"
                    + " (dev.hotclub.middleware) to the project's middleware");
        }
        return state;
    }

    @Override
    public HttpResponse process(HttpRequest request, Next next) throws Exception {
        CsrfState state = new CsrfState(request.cookie(COOKIE_NAME));
        request.setAttribute(CsrfState.ATTRIBUTE, state);
        HttpResponse response = next.proceed(request);
        if (state.needsUpdate()) {
            // Set even when the client has it, to renew its expiry.
            response.setCookie(Cookie.of(COOKIE_NAME, state.secret())
                    .withMaxAge(COOKIE_AGE)
                    .withSecure(request.settings().get(CSRF_COOKIE_SECURE))
                    .withSameSite("Lax"));
            VaryHeaders.patch(response, "Cookie");
        }
        return response;
    }

    @Override
    public HttpResponse processView(HttpRequest request, ResolverMatch match) {
        if (match.view() instanceof CsrfExemptView || SAFE_METHODS.contains(request.method())
                || Boolean.TRUE.equals(request.attribute(CsrfState.DONT_ENFORCE))) {
            return null;
        }
        CsrfState state = request.attribute(CsrfState.ATTRIBUTE);
        if (state == null) {
            return null; // process() did not run: the middleware is not in the project's list
        }
        Settings project = request.settings();
        TrustedOrigins trusted = new TrustedOrigins(project.get(CSRF_TRUSTED_ORIGINS));
        String origin = request.header("Origin");
        if (origin != null) {
            if (!trusted.originVerified(request, origin)) {
                return reject(project, request, String.format(CsrfFailurePage.REASON_BAD_ORIGIN, origin));
            }
        } else if (request.isSecure()) {
            String refererProblem = checkReferer(request, trusted);
            if (refererProblem != null) {
                return reject(project, request, refererProblem);
            }
        }
        if (state.cookieSecret() == null) {
            return reject(project, request, CsrfFailurePage.REASON_NO_CSRF_COOKIE);
        }
        String sent = "";
        if (request.method().equals("POST")) {
            sent = request.POST().get(FIELD_NAME, "");
        }
        if (sent.isEmpty()) {
            sent = request.header(HEADER_NAME) == null ? "" : request.header(HEADER_NAME);
        }
        if (!dev.hotclub.middleware.internal.CsrfTokens.matches(sent, state.cookieSecret())) {
            return reject(project, request, CsrfFailurePage.REASON_BAD_TOKEN);
        }
        return null;
    }

    /** Django's {@code _check_referer}: the reason to refuse, or {@code null}. */
    private static String checkReferer(HttpRequest request, TrustedOrigins trusted) {
        String referer = request.header("Referer");
        if (referer == null) {
            return CsrfFailurePage.REASON_NO_REFERER;
        }
        URI uri;
        try {
            uri = new URI(referer);
        } catch (URISyntaxException e) {
            return CsrfFailurePage.REASON_MALFORMED_REFERER;
        }
        if (uri.getScheme() == null || uri.getRawAuthority() == null || uri.getRawAuthority().isEmpty()) {
            return CsrfFailurePage.REASON_MALFORMED_REFERER;
        }
        if (!uri.getScheme().equalsIgnoreCase("https")) {
            return CsrfFailurePage.REASON_INSECURE_REFERER;
        }
        String netloc = uri.getRawAuthority();
        if (trusted.refererTrusted(netloc) || TrustedOrigins.isSameDomain(netloc, request.host())) {
            return null;
        }
        return String.format(CsrfFailurePage.REASON_BAD_REFERER, referer);
    }

    private static HttpResponse reject(Settings project, HttpRequest request, String reason) {
        if (project.debug()) {
            // What Django's django.security.csrf logger prints on runserver's console in debug mode.
            System.err.println("Forbidden (" + reason + "): " + request.path());
        }
        // Django's csrf_failure view renders the project's 403_csrf.html when there is one.
        TemplateEngine templates = request.attribute(TemplateEngine.ATTRIBUTE);
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("reason", reason);
        context.put("no_referer", reason.equals(CsrfFailurePage.REASON_NO_REFERER));
        context.put("no_cookie", reason.equals(CsrfFailurePage.REASON_NO_CSRF_COOKIE));
        context.put("DEBUG", project.debug());
        context.put("request", request);
        if (templates != null && templates.exists(CsrfFailurePage.TEMPLATE)) {
            return new TemplateResponse(CsrfFailurePage.TEMPLATE, context,
                    templates.render(CsrfFailurePage.TEMPLATE, context), 403);
        }
        // The built-in page, with its context kept (no template name) as Django's csrf_failure: a test reads the
        // reason in response.context().
        HttpResponse page = CsrfFailurePage.response(reason, project.debug());
        TemplateResponse response = new TemplateResponse(null, context, page.text(), 403);
        page.headers().forEach(response::header);
        return response;
    }

    @Override
    public String toString() {
        return "CsrfViewMiddleware";
    }
}
