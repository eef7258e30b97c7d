package dev.hotclub.checks;

import dev.hotclub.middleware.CsrfViewMiddleware;
import dev.hotclub.middleware.SecurityMiddleware;
import dev.hotclub.middleware.SessionMiddleware;
import dev.hotclub.middleware.XFrameOptionsMiddleware;
import dev.hotclub.http.Middleware;
import dev.hotclub.project.Project;
import dev.hotclub.conf.ImproperlyConfigured;
import dev.hotclub.conf.Settings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Django's deployment checks ({@code manage.py check --deploy}, {@code django/core/checks/security/}): the same
 * ids, conditions and texts, with Hotclub's middleware classes where Django names its own. They look at the project as
 * the server would run it: its middleware and its settings, the environment's included.
 */
public final class DeployChecks {
    static final String SECURITY = SecurityMiddleware.class.getName();
    static final String CSRF = CsrfViewMiddleware.class.getName();
    static final String SESSIONS = SessionMiddleware.class.getName();
    static final String X_FRAME = XFrameOptionsMiddleware.class.getName();
    /** Django's {@code REFERRER_POLICY_VALUES}. */
    private static final Set<String> REFERRER_POLICIES = Set.of("no-referrer", "no-referrer-when-downgrade", "origin",
            "origin-when-cross-origin", "same-origin", "strict-origin", "strict-origin-when-cross-origin", "unsafe-url");

    private DeployChecks() {
    }

    /** Every deployment warning (and error) for {@code project}, ordered by id as Django prints them. */
    public static List<CheckMessage> of(Project project) {
        Settings settings = project.settings();
        boolean securityMiddleware = has(project, SecurityMiddleware.class);
        List<CheckMessage> found = new ArrayList<>();
        if (!securityMiddleware) {
            found.add(CheckMessage.warning("security.W001", "You do not have '" + SECURITY + "' in your MIDDLEWARE so"
                    + " the SECURE_HSTS_SECONDS, SECURE_CONTENT_TYPE_NOSNIFF, SECURE_REFERRER_POLICY, and"
                    + " SECURE_SSL_REDIRECT settings will have no effect."));
        }
        if (!has(project, XFrameOptionsMiddleware.class)) {
            found.add(CheckMessage.warning("security.W002", "You do not have '" + X_FRAME + "' in your MIDDLEWARE, so"
                    + " your pages will not be served with an 'x-frame-options' header. Unless there is a good reason for"
                    + " your site to be served in a frame, you should consider enabling this header to help prevent"
                    + " clickjacking attacks."));
        } else if (!"DENY".equals(settings.get(XFrameOptionsMiddleware.X_FRAME_OPTIONS))) {
            found.add(CheckMessage.warning("security.W019", "You have '" + X_FRAME + "' in your MIDDLEWARE, but"
                    + " X_FRAME_OPTIONS is not set to 'DENY'. Unless there is a good reason for your site to serve other"
                    + " parts of itself in a frame, you should change it to 'DENY'."));
        }
        if (!has(project, CsrfViewMiddleware.class)) {
            found.add(CheckMessage.warning("security.W003", "You don't appear to be using Django's built-in cross-site"
                    + " request forgery protection via the middleware ('" + CSRF + "' is not in your MIDDLEWARE)."
                    + " Enabling the middleware is the safest approach to ensure you don't leave any holes."));
        } else if (!settings.get(CsrfViewMiddleware.CSRF_COOKIE_SECURE)) {
            found.add(CheckMessage.warning("security.W016", "You have '" + CSRF + "' in your MIDDLEWARE, but you have"
                    + " not set CSRF_COOKIE_SECURE to True. Using a secure-only CSRF cookie makes it more difficult for"
                    + " network traffic sniffers to steal the CSRF token."));
        }
        if (securityMiddleware) {
            if (settings.get(SecurityMiddleware.SECURE_HSTS_SECONDS) == 0) {
                found.add(CheckMessage.warning("security.W004", "You have not set a value for the SECURE_HSTS_SECONDS"
                        + " setting. If your entire site is served only over SSL, you may want to consider setting a"
                        + " value and enabling HTTP Strict Transport Security. Be sure to read the documentation first;"
                        + " enabling HSTS carelessly can cause serious, irreversible problems."));
            } else {
                if (!settings.get(SecurityMiddleware.SECURE_HSTS_INCLUDE_SUBDOMAINS)) {
                    found.add(CheckMessage.warning("security.W005", "You have not set the SECURE_HSTS_INCLUDE_SUBDOMAINS"
                            + " setting to True. Without this, your site is potentially vulnerable to attack via an"
                            + " insecure connection to a subdomain. Only set this to True if you are certain that all"
                            + " subdomains of your domain should be served exclusively via SSL."));
                }
                if (!settings.get(SecurityMiddleware.SECURE_HSTS_PRELOAD)) {
                    found.add(CheckMessage.warning("security.W021", "You have not set the SECURE_HSTS_PRELOAD setting"
                            + " to True. Without this, your site cannot be submitted to the browser preload list."));
                }
            }
            if (!settings.get(SecurityMiddleware.SECURE_CONTENT_TYPE_NOSNIFF)) {
                found.add(CheckMessage.warning("security.W006", "Your SECURE_CONTENT_TYPE_NOSNIFF setting is not set to"
                        + " True, so your pages will not be served with an 'X-Content-Type-Options: nosniff' header. You"
                        + " should consider enabling this header to prevent the browser from identifying content types"
                        + " incorrectly."));
            }
            if (!settings.get(SecurityMiddleware.SECURE_SSL_REDIRECT)) {
                found.add(CheckMessage.warning("security.W008", "Your SECURE_SSL_REDIRECT setting is not set to True."
                        + " Unless your site should be available over both SSL and non-SSL connections, you may want to"
                        + " either set this setting True or configure a load balancer or reverse-proxy server to"
                        + " redirect all connections to HTTPS."));
            }
            String policy = settings.get(SecurityMiddleware.SECURE_REFERRER_POLICY);
            if (policy == null) {
                found.add(CheckMessage.warning("security.W022", "You have not set the SECURE_REFERRER_POLICY setting."
                        + " Without this, your site will not send a Referrer-Policy header. You should consider enabling"
                        + " this header to protect user privacy."));
            } else if (!Arrays.stream(policy.split(",")).map(String::strip).allMatch(REFERRER_POLICIES::contains)) {
                found.add(CheckMessage.error("security.E023", "You have set the SECURE_REFERRER_POLICY setting to an"
                        + " invalid value.\n\tHINT: Valid values are: no-referrer, no-referrer-when-downgrade, origin,"
                        + " origin-when-cross-origin, same-origin, strict-origin, strict-origin-when-cross-origin,"
                        + " unsafe-url."));
            }
        }
        weakSecretKey(settings).ifPresent(found::add);
        if (has(project, SessionMiddleware.class) && !settings.get(SessionMiddleware.SESSION_COOKIE_SECURE)) {
            found.add(CheckMessage.warning("security.W012", "SESSION_COOKIE_SECURE is not set to True. Using a"
                    + " secure-only session cookie makes it more difficult for network traffic sniffers to hijack user"
                    + " sessions."));
        }
        if (project.debug()) {
            found.add(CheckMessage.warning("security.W018", "You should not have DEBUG set to True in deployment."));
        }
        if (settings.get(Settings.ALLOWED_HOSTS).isEmpty()) {
            found.add(CheckMessage.warning("security.W020", "ALLOWED_HOSTS must not be empty in deployment."));
        }
        found.sort((a, b) -> a.id().compareTo(b.id()));
        return List.copyOf(found);
    }

    /**
     * Django's security.W009: a SECRET_KEY shorter than 50 characters, with fewer than 5 different ones, or the
     * development key startproject wrote (Django's {@code django-insecure-} prefix; Hotclub's
     * {@value Settings#DEVELOPMENT_KEY_PREFIX}). A missing key counts as weak. The production launcher warns of it at
     * start too.
     */
    public static java.util.Optional<CheckMessage> weakSecretKey(Settings settings) {
        String key;
        try {
            key = settings.secretKey();
        } catch (ImproperlyConfigured missing) {
            key = "";
        }
        boolean strong = key.length() >= 50 && key.chars().distinct().count() >= 5
                && !key.startsWith(Settings.DEVELOPMENT_KEY_PREFIX);
        return strong ? java.util.Optional.empty() : java.util.Optional.of(CheckMessage.warning("security.W009",
                "Your SECRET_KEY has less than 50 characters, less than 5 unique characters, or it's prefixed with '"
                        + Settings.DEVELOPMENT_KEY_PREFIX + "' indicating that it was generated automatically by"
                        + " startproject. Please generate a long and random SECRET_KEY, otherwise many of the framework's"
                        + " security-critical features will be vulnerable to attack."));
    }

    private static boolean has(Project project, Class<? extends Middleware> type) {
        return project.middleware().stream().anyMatch(type::isInstance);
    }
}
