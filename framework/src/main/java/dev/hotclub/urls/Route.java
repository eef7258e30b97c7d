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
        StringBuilder sb = new StringBuilder();
        for (UrlPattern p : patterns) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(p.route());
        }
        if (urlName() != null) {
            sb.append(" [name='").append(urlName()).append("']");
        }
        return sb.toString();
    }
}
