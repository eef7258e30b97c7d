package dev.hotclub.urls;

import java.util.List;
import java.util.function.Supplier;

/**
 * No pattern matched a path. {@link #tried()} lists the patterns tried, in order, each as the chain
 * from the outermost include to the leaf, which is what the debug 404 page shows; it is computed on
 * first use, so a miss costs no more than the resolve.
 */
public class Resolver404 extends RuntimeException {

    private final String path;
    private final Supplier<List<List<UrlPattern>>> triedSupplier;
    private volatile List<List<UrlPattern>> tried;

    public Resolver404(String path, Supplier<List<List<UrlPattern>>> tried) {
        super("The current path, " + displayed(path) + ", didn't match any of the URL patterns.", null,
                false, false);
        this.path = path;
        this.triedSupplier = tried;
    }

    /** The path that did not match, as given to {@code resolve}. */
    public String path() {
        return path;
    }

    /** The patterns tried, in order; each entry goes from the outermost include to the leaf. */
    public List<List<UrlPattern>> tried() {
        List<List<UrlPattern>> result = tried;
        if (result == null) {
            result = List.copyOf(triedSupplier.get());
            tried = result;
        }
        return result;
    }

    /** Django shows the path without its leading slash. */
    private static String displayed(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }
}
