package dev.hotclub.urls.internal;

import dev.hotclub.urls.ResolverMatch;
import dev.hotclub.urls.UrlPattern;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Django's resolve, step for step: try each pattern in declaration order, descend into an include
 * whose prefix matches, first match wins. The reference the index is tested against, and what
 * computes the patterns tried for a 404.
 */
public final class NaiveWalk {

    private NaiveWalk() {
    }

    /** The match for {@code path}, or null; when {@code tried} is not null, the patterns tried are added. */
    public static ResolverMatch resolve(List<Node> root, String path, List<List<UrlPattern>> tried) {
        if (!path.startsWith("/")) {
            return null;
        }
        Partial p = walk(root, path, 1, tried, List.of());
        return p == null ? null : p.toMatch();
    }

    private static Partial walk(List<Node> nodes, String path, int from, List<List<UrlPattern>> tried,
                                List<UrlPattern> chain) {
        for (Node node : nodes) {
            PatternMatch m = node.pattern().match(path, from);
            if (node instanceof Node.Endpoint e) {
                if (m != null) {
                    return Partial.ofEndpoint(e, m);
                }
                record(tried, chain, e.pattern().source());
            } else {
                Node.Mount mount = (Node.Mount) node;
                if (m == null) {
                    record(tried, chain, mount.pattern().source());
                    continue;
                }
                List<UrlPattern> inner = tried == null ? chain : append(chain, mount.pattern().source());
                Partial sub = walk(mount.children(), path, m.end(), tried, inner);
                if (sub != null) {
                    return sub.under(mount, m);
                }
            }
        }
        return null;
    }

    private static void record(List<List<UrlPattern>> tried, List<UrlPattern> chain, UrlPattern pattern) {
        if (tried != null) {
            tried.add(append(chain, pattern));
        }
    }

    private static List<UrlPattern> append(List<UrlPattern> chain, UrlPattern pattern) {
        List<UrlPattern> longer = new ArrayList<>(chain.size() + 1);
        longer.addAll(chain);
        longer.add(pattern);
        return List.copyOf(longer);
    }

    /** A match being built from the leaf outwards, merging values as Django's URLResolver.resolve does. */
    record Partial(Node.Endpoint endpoint, List<Object> args, Map<String, Object> kwargs, String route,
                   List<String> appNames, List<String> namespaces) {

        static Partial ofEndpoint(Node.Endpoint e, PatternMatch m) {
            Map<String, Object> kwargs = m.kwargs();
            if (!e.defaults().isEmpty()) {
                kwargs = new LinkedHashMap<>(kwargs);
                kwargs.putAll(e.defaults());
            }
            return new Partial(e, m.args(), kwargs, e.pattern().source().route(), List.of(), List.of());
        }

        /** Django: prefix kwargs, then the include's extra kwargs, then the inner ones win; args only without kwargs. */
        Partial under(Node.Mount mount, PatternMatch m) {
            Map<String, Object> merged = new LinkedHashMap<>(m.kwargs());
            merged.putAll(mount.defaults());
            merged.putAll(kwargs);
            List<Object> mergedArgs = args;
            if (merged.isEmpty() && !m.args().isEmpty()) {
                mergedArgs = new ArrayList<>(m.args());
                mergedArgs.addAll(args);
            }
            return new Partial(endpoint, mergedArgs, merged, joinRoute(mount.pattern().source().route(), route),
                    prepend(mount.appName(), appNames), prepend(mount.namespace(), namespaces));
        }

        ResolverMatch toMatch() {
            return new ResolverMatch(endpoint.view(), args, kwargs, route, endpoint.name(), appNames, namespaces);
        }

        private static List<String> prepend(String value, List<String> rest) {
            if (value == null) {
                return rest;
            }
            List<String> longer = new ArrayList<>(rest.size() + 1);
            longer.add(value);
            longer.addAll(rest);
            return longer;
        }
    }

    /** Django's _join_route: the inner route loses a leading {@code ^}. */
    public static String joinRoute(String outer, String inner) {
        if (outer.isEmpty()) {
            return inner;
        }
        return outer + (inner.startsWith("^") ? inner.substring(1) : inner);
    }
}
