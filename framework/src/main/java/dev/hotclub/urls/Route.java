package dev.hotclub.urls;

import dev.hotclub.http.View;

import java.util.List;

/**
 * One endpoint of a URLconf with the includes that lead to it, as the debug 404 page and the dev
 * server list them.
 *
 * @param patterns   the chain from the outermost include to the endpoint
 * @param route      the joined route, e.g. {@code greetings/<str:name>/}
 * @param namespaces the namespaces of the includes, outermost first
 */
public record Route(List<UrlPattern> patterns, String route, List<String> namespaces) {

    public Route {
        patterns = List.copyOf(patterns);
        namespaces = List.copyOf(namespaces);
    }

    public UrlPattern endpoint() {
        return patterns.get(patterns.size() - 1);
    }

    /** Where the endpoint's {@code path(...)} or {@code rePath(...)} was written, or {@code null}. */
    public DeclarationSite site() {
        return endpoint().site();
    }

    public View view() {
        return endpoint().view();
    }

    /** The endpoint's name, or {@code null}. */
    public String urlName() {
        return endpoint().name();
    }

    /** {@code ns:name}, or {@code null} for an unnamed pattern. */
    public String viewName() {
        if (urlName() == null) {
            return null;
        }
        return namespaces.isEmpty() ? urlName() : String.join(":", namespaces) + ":" + urlName();
    }

    /** As Django's debug page lists a pattern: each level's route, then the name. */
    @Override
    public String toString() {
        return describe(patterns);
    }

    /**
     * A chain of patterns as Django's debug 404 page lists it: the routes from the outermost include to the
     * endpoint, those left empty skipped, then the endpoint's name: {@code greetings/ <str:name>/ [name='greet']}.
     */
    public static String describe(List<UrlPattern> chain) {
        StringBuilder line = new StringBuilder();
        for (UrlPattern p : chain) {
            if (!p.route().isEmpty()) {
                line.append(line.length() > 0 ? " " : "").append(p.route());
            }
        }
        UrlPattern endpoint = chain.get(chain.size() - 1);
        if (endpoint.name() != null) {
            line.append(" [name='").append(endpoint.name()).append("']");
        }
        return line.toString();
    }
}
