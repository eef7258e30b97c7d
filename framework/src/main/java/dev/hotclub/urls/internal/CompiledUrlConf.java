package dev.hotclub.urls.internal;

import dev.hotclub.urls.Converters;
import dev.hotclub.urls.Route;
import dev.hotclub.urls.UrlConf;
import dev.hotclub.urls.UrlPattern;

import java.util.ArrayList;
import java.util.List;

/**
 * A root URLconf compiled once: the node tree, and its endpoints flattened in declaration order
 * (what the index is built from and what the debug pages list).
 */
public record CompiledUrlConf(List<Node> tree, List<Leaf> leaves) {

    /**
     * One endpoint with the nodes leading to it.
     *
     * @param nodes the mounts from the root, then the endpoint
     * @param order the endpoint's position in declaration order
     */
    public record Leaf(List<Node> nodes, int order, Route route) {

        public Node.Endpoint endpoint() {
            return (Node.Endpoint) nodes.get(nodes.size() - 1);
        }
    }

    public static CompiledUrlConf compile(UrlConf root, Converters converters) {
        List<Node> tree = UrlConfCompiler.compile(root, converters);
        List<Leaf> leaves = new ArrayList<>();
        flatten(tree, new ArrayList<>(), leaves);
        return new CompiledUrlConf(tree, List.copyOf(leaves));
    }

    private static void flatten(List<Node> nodes, List<Node> chain, List<Leaf> leaves) {
        for (Node node : nodes) {
            chain.add(node);
            if (node instanceof Node.Mount mount) {
                flatten(mount.children(), chain, leaves);
            } else {
                leaves.add(new Leaf(List.copyOf(chain), leaves.size(), routeOf(chain)));
            }
            chain.remove(chain.size() - 1);
        }
    }

    private static Route routeOf(List<Node> chain) {
        List<UrlPattern> patterns = new ArrayList<>();
        List<String> namespaces = new ArrayList<>();
        String route = "";
        for (Node node : chain) {
            patterns.add(node.pattern().source());
            route = NaiveWalk.joinRoute(route, node.pattern().source().route());
            if (node instanceof Node.Mount mount && mount.namespace() != null) {
                namespaces.add(mount.namespace());
            }
        }
        return new Route(patterns, route, namespaces);
    }
}
