package dev.hotclub.middleware.internal;

import dev.hotclub.http.RequestAttribute;

/**
 * One request's CSRF secret (Django's {@code request.META["CSRF_COOKIE"]}): the one the {@code csrftoken}
 * cookie holds, or a new one; and whether a page used it, so that the middleware sends the cookie.
 */
public final class CsrfState {
    public static final RequestAttribute<CsrfState> ATTRIBUTE = RequestAttribute.of("csrf", CsrfState.class);
    /** Set by the test Client, as Django's {@code _dont_enforce_csrf_checks}: tests post without tokens. */
    public static final RequestAttribute<Boolean> DONT_ENFORCE = RequestAttribute.of("csrf.dont_enforce", Boolean.class);

    private final String cookieSecret;
    private String secret;
    private boolean needsUpdate;

    /** The state for the cookie value the client sent ({@code null}: none). */
    public CsrfState(String cookie) {
        if (cookie == null) {
            this.cookieSecret = null;
        } else if (CsrfTokens.wellFormed(cookie)) {
            // Django 3.2 kept a masked 64-character token in the cookie; it is read as its secret.
            this.cookieSecret = CsrfTokens.secretOf(cookie);
        } else {
            // A cookie not in form is replaced, and a request relying on it fails (Django's _sanitize_token).
            this.cookieSecret = null;
            this.secret = CsrfTokens.newSecret();
            this.needsUpdate = true;
        }
        if (cookieSecret != null) {
            this.secret = cookieSecret;
        }
    }

    /** The secret of the cookie the client sent, {@code null} when none (or one not in form) was sent. */
    public String cookieSecret() {
        return cookieSecret;
    }

    /** A new masked token for a form or a header (Django's {@code get_token}); the response will set the cookie. */
    public String token() {
        if (secret == null) {
            secret = CsrfTokens.newSecret();
        }
        needsUpdate = true;
        return CsrfTokens.mask(secret);
    }

    /** A new secret (Django's {@code rotate_token}, on login). */
    public void rotate() {
        secret = CsrfTokens.newSecret();
        needsUpdate = true;
    }

    /** The secret for the cookie. */
    public String secret() {
        return secret;
    }

    /** Whether the response must set the cookie: a token was used (the expiry renewed) or the secret changed. */
    public boolean needsUpdate() {
        return needsUpdate;
    }
}
