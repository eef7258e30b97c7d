package dev.hotclub.urls.internal;

import dev.hotclub.conf.ImproperlyConfigured;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Names and namespaces, built once from the node tree, the way Django's {@code _populate} builds its
 * reverse dict: a level per namespace; an include without a namespace lends its names to its parent's
 * level. Under one name, the pattern declared last comes first.
 */
final class ReverseIndex {

    /** Everything reachable without entering a namespace. */
    static final class Level {
        final Map<String, List<ReverseCandidate>> byName = new HashMap<>();
        final Map<String, Namespace> namespaces = new LinkedHashMap<>();
        /** App name to its instance namespaces, the one deployed last first. */
        final Map<String, List<String>> apps = new HashMap<>();
    }

    record Namespace(String name, String appName, String route, String where, Level level) {
    }

    private ReverseIndex() {
    }

    static Level build(List<Node> root) {
        Level level = new Level();
        fill(level, root, List.of(), Map.of(), "");
        for (List<ReverseCandidate> list : level.byName.values()) {
            java.util.Collections.reverse(list);
        }
        return level;
    }

    private static void fill(Level level, List<Node> nodes, List<CompiledPattern> chain,
                             Map<String, Object> inheritedDefaults, String routePrefix) {
        for (Node node : nodes) {
            List<CompiledPattern> longer = new ArrayList<>(chain);
            longer.add(node.pattern());
            if (node instanceof Node.Endpoint e) {
                if (e.name() != null) {
                    Map<String, Object> defaults = new LinkedHashMap<>(e.defaults());
                    defaults.putAll(inheritedDefaults);
                    level.byName.computeIfAbsent(e.name(), k -> new ArrayList<>())
                            .add(ReverseCandidate.of(longer, defaults));
                }
                continue;
            }
            Node.Mount mount = (Node.Mount) node;
            String route = NaiveWalk.joinRoute(routePrefix, mount.pattern().source().route());
            if (mount.namespace() == null) {
                Map<String, Object> defaults = new LinkedHashMap<>(inheritedDefaults);
                defaults.putAll(mount.defaults());
                fill(level, mount.children(), longer, defaults, route);
                continue;
            }
            Namespace previous = level.namespaces.get(mount.namespace());
            if (previous != null) {
                throw new ImproperlyConfigured("URL namespace '" + mount.namespace() + "' isn't unique: the includes at '"
                        + previous.route() + "' (" + previous.where() + ") and '" + route + "' (" + mount.where()
                        + ") both use it. Give one of them its own instance namespace: include(urlconf, \"another-name\").");
            }
            Level inner = new Level();
            fill(inner, mount.children(), longer, Map.of(), route);
            for (List<ReverseCandidate> list : inner.byName.values()) {
                java.util.Collections.reverse(list);
            }
            level.namespaces.put(mount.namespace(), new Namespace(mount.namespace(), mount.appName(), route, mount.where(), inner));
            if (mount.appName() != null) {
                level.apps.computeIfAbsent(mount.appName(), k -> new ArrayList<>()).add(0, mount.namespace());
            }
        }
    }
}
