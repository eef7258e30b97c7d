package dev.hotclub.urls;

import dev.hotclub.conf.ImproperlyConfigured;

/**
 * A URLconf the framework cannot build, found when the {@link Resolver} is built: the message is Django's, then
 * where the pattern is, its app (or the root URLconf) and the file and line of its {@code path(...)}, e.g.
 * {@code (in app 'blog', BlogApp.java:21)}; {@link #site()} is that place, for the dev server's error page.
 */
public class UrlConfError extends ImproperlyConfigured {
    private static final long serialVersionUID = 1L;

    private final transient DeclarationSite site;

    /** A mistake in the pattern written at {@code site}: the dev server's error page shows that line. */
    public UrlConfError(String message, DeclarationSite site) {
        super(message);
        this.site = site;
    }

    /** Where the pattern in question was written ({@code NewsApp.java:14}); null when it is not known. */
    public DeclarationSite site() {
        return site;
    }
}
