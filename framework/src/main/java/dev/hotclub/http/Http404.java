package dev.hotclub.http;

/**
 * Thrown by a view for "no such thing here": answered with the project's {@code 404.html} (its context has
 * {@code exception}, this message) or the framework's 404 page.
 *
 * <pre>{@code
 * if (!USERS.contains(username)) throw new Http404("User not found");
 * }</pre>
 */
public class Http404 extends RuntimeException {
    public Http404(String message) {
        super(message);
    }

    public Http404() {
        super(null, null, false, false);
    }
}
