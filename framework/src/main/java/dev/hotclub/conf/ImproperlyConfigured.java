package dev.hotclub.conf;

/**
 * A setting or a URLconf the framework cannot work with (Django's {@code django.core.exceptions.ImproperlyConfigured}).
 * A URLconf's is found when the {@code Resolver} is built: the message is Django's, then where
 * the pattern is: its app (or the root URLconf) and the file and line of its {@code path(...)}
 * ({@code DeclarationSite}), e.g. {@code (in app 'blog', BlogApp.java:21)}.
 */
public class ImproperlyConfigured extends RuntimeException {
    public ImproperlyConfigured(String message) {
        super(message);
    }

    public ImproperlyConfigured(String message, Throwable cause) {
        super(message, cause);
    }
}
