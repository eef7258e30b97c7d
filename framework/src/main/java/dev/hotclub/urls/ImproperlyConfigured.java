package dev.hotclub.urls;

/**
 * A mistake in a URLconf, found when the {@link Resolver} is built. The message is Django's, then where
 * the pattern is: its app (or the root URLconf) and the file and line of its {@code path(...)}
 * ({@link DeclarationSite}), e.g. {@code (in app 'blog', BlogApp.java:21)}.
 */
public class ImproperlyConfigured extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient DeclarationSite site;

    public ImproperlyConfigured(String message) {
        this(message, (DeclarationSite) null);
    }

    public ImproperlyConfigured(String message, Throwable cause) {
        super(message, cause);
        this.site = null;
    }

    /** A mistake in the pattern written at {@code site}: the dev server's error page shows that line. */
    public ImproperlyConfigured(String message, DeclarationSite site) {
        super(message);
        this.site = site;
    }

    /**
     * Where the pattern in question was written ({@code NewsApp.java:14}), or {@code null} when the mistake is not
     * one pattern's: the stack trace's frames are those of the code that built the project ({@code .build()}).
     */
    public DeclarationSite site() {
        return site;
    }
}
