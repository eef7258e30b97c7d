package dev.hotclub.urls;

/**
 * A mistake in a URLconf, found when the {@link Resolver} is built. The message is Django's, then where
 * the pattern is: its app (or the root URLconf) and the file and line of its {@code path(...)}
 * ({@link DeclarationSite}), e.g. {@code (in app 'blog', BlogApp.java:21)}.
 */
public class ImproperlyConfigured extends RuntimeException {
    public ImproperlyConfigured(String message) {
        super(message);
    }

    public ImproperlyConfigured(String message, Throwable cause) {
        super(message, cause);
    }
}
