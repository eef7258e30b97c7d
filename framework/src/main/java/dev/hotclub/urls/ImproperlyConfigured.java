package dev.hotclub.urls;

/** A mistake in a URLconf, found when the {@link Resolver} is built; the message names the route and the app. */
public class ImproperlyConfigured extends RuntimeException {
    public ImproperlyConfigured(String message) {
        super(message);
    }

    public ImproperlyConfigured(String message, Throwable cause) {
        super(message, cause);
    }
}
