package dev.hotclub.urls;

import dev.hotclub.http.View;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One line of a URLconf, as written: a {@code path()} or {@code rePath()} route leading either to a view
 * or to an {@link Include}. Nothing is parsed here: the route is checked, and every mistake reported,
 * when the {@link Resolver} is built (custom converters are only known then).
 *
 * @param route    the route as written, e.g. {@code "profile/<str:username>/"} or {@code "^archive/(?<year>[0-9]{4})/$"}
 * @param regex    {@code true} for {@code rePath()}, {@code false} for {@code path()}
 * @param view     the view for an endpoint, {@code null} for an include
 * @param include  the included URLconf, {@code null} for an endpoint
 * @param name     the URL name (for {@code reverse}), or {@code null}
 * @param defaults extra keyword arguments passed to the view (Django's {@code kwargs} argument)
 * @param site     where the {@code path(...)} or {@code rePath(...)} was written, or {@code null} when unknown
 */
public record UrlPattern(String route, boolean regex, View view, Include include, String name,
                         Map<String, Object> defaults, DeclarationSite site) {

    public UrlPattern {
        defaults = defaults == null || defaults.isEmpty()
                ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(defaults));
    }

    /** A pattern without a known declaration site (the DSL in {@link Urls} records one). */
    public UrlPattern(String route, boolean regex, View view, Include include, String name,
                      Map<String, Object> defaults) {
        this(route, regex, view, include, name, defaults, null);
    }

    /** Whether this pattern mounts another URLconf rather than a view. */
    public boolean isInclude() {
        return include != null;
    }

    /** Django's way of showing a pattern in messages: {@code 'route' [name='x']}. */
    public String describe() {
        return "'" + route + "'" + (name == null ? "" : " [name='" + name + "']");
    }

    @Override
    public String toString() {
        return route + (name == null ? "" : " [name='" + name + "']");
    }
}
