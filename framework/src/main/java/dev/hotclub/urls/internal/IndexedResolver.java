package dev.hotclub.urls.internal;

import dev.hotclub.urls.ResolverMatch;

import java.util.List;

/**
 * Resolves through the {@link RouteIndex}: asks it for the endpoints that could match, then tries
 * them in declaration order, each with its whole chain of patterns, exactly as the in-order walk
 * would reach them. Returns what {@link NaiveWalk} returns, in about O(segments).
 */
public final class IndexedResolver {

    private final List<CompiledUrlConf.Leaf> leaves;
    private final ExactLeaf[] exact;
    private final RouteIndex index;

    public IndexedResolver(CompiledUrlConf conf) {
        this.leaves = conf.leaves();
        this.exact = conf.leaves().stream().map(ExactLeaf::of).toArray(ExactLeaf[]::new);
        this.index = new RouteIndex(conf.leaves());
    }

    /** The match for {@code path}, or null. */
    public ResolverMatch resolve(String path) {
        if (!path.startsWith("/")) {
            return null;
        }
        RouteIndex.IntBuffer candidates = new RouteIndex.IntBuffer();
        index.candidates(path, candidates);
        candidates.sortUnique();
        ExactLeaf.PathSegments segments = null;
        for (int i = 0; i < candidates.size; i++) {
            int order = candidates.values[i];
            ExactLeaf plan = exact[order];
            ResolverMatch match;
            if (plan != null) { // only ever offered from a trie end: every segment already checked
                segments = segments != null ? segments : new ExactLeaf.PathSegments(path);
                match = plan.match(segments);
            } else {
                match = matchLeaf(leaves.get(order), path);
            }
            if (match != null) {
                return match;
            }
        }
        return null;
    }

    /**
     * The declaration order of the first endpoint declared before {@code before} that matches
     * {@code path}, or -1: the shadowing check asks this of routes that match a single path.
     */
    int firstMatchBefore(String path, int before) {
        for (int order : candidatesFor(path)) {
            if (order >= before) {
                return -1;
            }
            if (matchLeaf(leaves.get(order), path) != null) {
                return order;
            }
        }
        return -1;
    }

    /** The indices of the endpoints the index offers for {@code path}, in declaration order (for tests). */
    List<Integer> candidatesFor(String path) {
        RouteIndex.IntBuffer candidates = new RouteIndex.IntBuffer();
        index.candidates(path, candidates);
        candidates.sortUnique();
        return RouteIndex.toList(candidates);
    }

    /** One endpoint with the includes above it, matched level by level, values merged as Django merges them. */
    static ResolverMatch matchLeaf(CompiledUrlConf.Leaf leaf, String path) {
        List<Node> nodes = leaf.nodes();
        int levels = nodes.size();
        PatternMatch[] matches = new PatternMatch[levels];
        int from = 1;
        for (int i = 0; i < levels; i++) {
            PatternMatch m = nodes.get(i).pattern().match(path, from);
            if (m == null) {
                return null;
            }
            matches[i] = m;
            from = m.end();
        }
        NaiveWalk.Partial partial = NaiveWalk.Partial.ofEndpoint(leaf.endpoint(), matches[levels - 1]);
        for (int i = levels - 2; i >= 0; i--) {
            partial = partial.under((Node.Mount) nodes.get(i), matches[i]);
        }
        return partial.toMatch();
    }
}
