package dev.hotclub.urls;

import dev.hotclub.http.View;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a path resolved to (Django's {@code ResolverMatch}).
 *
 * @param view       the view to call
 * @param args       positional values (only from {@code rePath()} patterns without named groups)
 * @param kwargs     converted values by parameter name, in route order, extra kwargs included:
 *                   {@code Integer}/{@code Long}/{@code BigInteger} for {@code int} (by size),
 *                   {@link java.util.UUID} for {@code uuid},
 *                   {@code String} otherwise
 * @param route      the joined route, e.g. {@code greetings/<str:name>/}
 * @param urlName    the pattern's name, or {@code null}
 * @param appNames   the app names of the includes passed through, outermost first
 * @param namespaces the instance namespaces of the includes passed through, outermost first
 */
public record ResolverMatch(View view, List<Object> args, Map<String, Object> kwargs, String route,
                            String urlName, List<String> appNames, List<String> namespaces) {

    public ResolverMatch {
        args = args.isEmpty() ? List.of() : Collections.unmodifiableList(new ArrayList<>(args));
        kwargs = kwargs.isEmpty() ? Map.of() : kwargs.size() == 1 ? single(kwargs)
                : Collections.unmodifiableMap(new LinkedHashMap<>(kwargs));
        appNames = List.copyOf(appNames);
        namespaces = List.copyOf(namespaces);
    }

    // One value (most routes capture one): an immutable map of one entry, the map itself when it is one already
    // (Map.copyOf neither copies nor iterates an immutable map). A null key or value, which Map.of refuses, keeps the
    // general copy.
    private static Map<String, Object> single(Map<String, Object> kwargs) {
        try {
            return Map.copyOf(kwargs);
        } catch (NullPointerException nullKeyOrValue) {
            return Collections.unmodifiableMap(new LinkedHashMap<>(kwargs));
        }
    }

    /** The app names joined with {@code :}, empty outside any app. */
    public String appName() {
        return String.join(":", appNames);
    }

    /** The namespaces joined with {@code :}. */
    public String namespace() {
        return String.join(":", namespaces);
    }

    /** What {@code reverse()} takes to find this pattern again: {@code ns:name}, or the route when unnamed. */
    public String viewName() {
        List<String> parts = new ArrayList<>(namespaces);
        parts.add(urlName != null ? urlName : route);
        return String.join(":", parts);
    }
}
