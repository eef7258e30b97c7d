package dev.hotclub.project;

import dev.hotclub.sessions.SessionStore;
import dev.hotclub.urls.ImproperlyConfigured;
import dev.hotclub.sessions.SignedCookieSessionStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The settings the built-in middleware read, with Django's defaults: CSRF, sessions and the security headers.
 * Set through {@link Project.Builder} ({@code csrfTrustedOrigins(...)}, {@code secureHsts(...)}, ...), read by
 * middleware through {@code project.security()}.
 *
 * @param csrfTrustedOrigins       {@code CSRF_TRUSTED_ORIGINS}: {@code https://example.com} or
 *                                 {@code https://*.example.com} (every subdomain)
 * @param csrfCookieSecure         {@code CSRF_COOKIE_SECURE}
 * @param sessionCookieSecure      {@code SESSION_COOKIE_SECURE}
 * @param sessionCookieAge         {@code SESSION_COOKIE_AGE}, two weeks
 * @param sessionStore             {@code SESSION_ENGINE}, signed cookies
 * @param secureSslRedirect        {@code SECURE_SSL_REDIRECT}
 * @param secureHstsSeconds        {@code SECURE_HSTS_SECONDS}, 0 for no header
 * @param secureHstsIncludeSubdomains {@code SECURE_HSTS_INCLUDE_SUBDOMAINS}
 * @param secureHstsPreload        {@code SECURE_HSTS_PRELOAD}
 * @param xFrameOptions            {@code X_FRAME_OPTIONS}, {@code DENY}
 * @param secureReferrerPolicy     {@code SECURE_REFERRER_POLICY}, {@code same-origin}; null for none
 * @param secureContentTypeNosniff {@code SECURE_CONTENT_TYPE_NOSNIFF}, on
 */
public record SecuritySettings(List<String> csrfTrustedOrigins, boolean csrfCookieSecure, boolean sessionCookieSecure,
                               Duration sessionCookieAge, SessionStore sessionStore, boolean secureSslRedirect,
                               long secureHstsSeconds, boolean secureHstsIncludeSubdomains, boolean secureHstsPreload,
                               String xFrameOptions, String secureReferrerPolicy, boolean secureContentTypeNosniff) {
    /** Django's {@code SESSION_COOKIE_AGE}: two weeks. */
    public static final Duration TWO_WEEKS = Duration.ofDays(14);

    public SecuritySettings {
        csrfTrustedOrigins = List.copyOf(csrfTrustedOrigins);
    }

    /** Collects the settings for {@link Project.Builder}, checking each where the user writes it. */
    static final class Builder {
        private final List<String> csrfTrustedOrigins = new ArrayList<>();
        // null: not set in code, read from the environment when built (docs/SETTINGS.md), so that a deployment
        // turns HTTPS hardening on without a code change, as Django's settings.py reading os.environ would.
        Boolean csrfCookieSecure;
        Boolean sessionCookieSecure;
        private Duration sessionCookieAge = TWO_WEEKS;
        private SessionStore sessionStore = new SignedCookieSessionStore();
        Boolean secureSslRedirect;
        private Long secureHstsSeconds;
        private Boolean secureHstsIncludeSubdomains;
        private Boolean secureHstsPreload;
        private String xFrameOptions = "DENY";
        String secureReferrerPolicy = "same-origin";
        boolean secureContentTypeNosniff = true;

        void csrfTrustedOrigins(String... origins) {
            for (String origin : origins) {
                // Django 4.0's check 4_0.E001: an origin without its scheme could not be compared with Origin.
                if (origin == null || !origin.contains("://")) {
                    throw new IllegalArgumentException("csrfTrustedOrigins values must start with a scheme (usually"
                            + " http:// or https://), e.g. \"https://example.com\" or \"https://*.example.com\";"
                            + " got " + (origin == null ? "null" : "\"" + origin + "\""));
                }
                csrfTrustedOrigins.add(origin);
            }
        }

        void sessionCookieAge(Duration age) {
            if (age == null || age.isNegative() || age.isZero()) {
                throw new IllegalArgumentException("sessionCookieAge must be a positive duration, e.g."
                        + " Duration.ofDays(14); got " + age);
            }
            sessionCookieAge = age;
        }

        void sessionStore(SessionStore store) {
            if (store == null) {
                throw new IllegalArgumentException("sessionStore needs a store, e.g. new SignedCookieSessionStore()"
                        + " or new InMemorySessionStore(); got null");
            }
            sessionStore = store;
        }

        void secureHsts(long seconds, boolean includeSubdomains, boolean preload) {
            if (seconds < 0) {
                throw new IllegalArgumentException("secureHsts seconds must be 0 (no header) or more, e.g. 31536000"
                        + " for a year; got " + seconds);
            }
            secureHstsSeconds = seconds;
            secureHstsIncludeSubdomains = includeSubdomains;
            secureHstsPreload = preload;
        }

        void xFrameOptions(String value) {
            if (value == null || !(value.equalsIgnoreCase("DENY") || value.equalsIgnoreCase("SAMEORIGIN"))) {
                throw new IllegalArgumentException("xFrameOptions must be \"DENY\" or \"SAMEORIGIN\"; got "
                        + (value == null ? "null" : "\"" + value + "\""));
            }
            xFrameOptions = value.toUpperCase(java.util.Locale.ROOT);
        }

        SecuritySettings build() {
            return new SecuritySettings(csrfTrustedOrigins,
                    orEnv(csrfCookieSecure, "CSRF_COOKIE_SECURE"), orEnv(sessionCookieSecure, "SESSION_COOKIE_SECURE"),
                    sessionCookieAge, sessionStore, orEnv(secureSslRedirect, "SECURE_SSL_REDIRECT"),
                    secureHstsSeconds != null ? secureHstsSeconds : hstsSecondsFromEnv(),
                    orEnv(secureHstsIncludeSubdomains, "SECURE_HSTS_INCLUDE_SUBDOMAINS"),
                    orEnv(secureHstsPreload, "SECURE_HSTS_PRELOAD"),
                    xFrameOptions, secureReferrerPolicy, secureContentTypeNosniff);
        }

        private static boolean orEnv(Boolean setInCode, String variable) {
            return setInCode != null ? setInCode : Env.envBool(variable, false);
        }

        private static long hstsSecondsFromEnv() {
            int seconds = Env.envInt("SECURE_HSTS_SECONDS", 0);
            if (seconds < 0) {
                throw new ImproperlyConfigured("The environment variable SECURE_HSTS_SECONDS=\"" + seconds + "\" is not"
                        + " valid: set it to 0 (no header) or more, e.g. SECURE_HSTS_SECONDS=31536000 for a year, or unset"
                        + " it for the default.");
            }
            return seconds;
        }
    }
}
