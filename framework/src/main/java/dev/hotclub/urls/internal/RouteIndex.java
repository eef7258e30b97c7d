package dev.hotclub.urls.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A segment trie over every endpoint, built once: given a path, the endpoints that could match it,
 * in declaration order, found in about O(segments) instead of O(routes). The leaves' own regexes
 * then decide, in that order, so the first that matches is exactly what Django's in-order walk finds.
 *
 * <p>A {@code path()} route is cut at its slashes. A segment of literal text is a hash lookup; a
 * segment that is one built-in converter ({@code str}, {@code int}, {@code slug}, {@code uuid}, which
 * never match a slash) or a mix of text and those converters is a test on the path segment. Anything
 * that might match across a slash (the {@code path} converter, custom converters, a {@code rePath})
 * makes the leaf a candidate for every path that reaches that depth: slower, never wrong.
 */
final class RouteIndex {

    private static final int[] NONE = new int[0];

    private static final class TrieNode {
        /** Most nodes have one literal child (a route's own tail): kept without a map, one load less. */
        String soleLiteral;
        TrieNode soleChild;
        Map<String, TrieNode> literals;
        Edge[] edges = new Edge[0];
        int[] ends = NONE;
        int[] rest = NONE;
    }

    private record Edge(SegmentTest test, TrieNode child) {
    }

    private final TrieNode root = new TrieNode();

    RouteIndex(List<CompiledUrlConf.Leaf> leaves) {
        for (CompiledUrlConf.Leaf leaf : leaves) {
            insert(leaf);
        }
        freeze(root);
    }

    private static void freeze(TrieNode node) {
        if (node.literals != null && node.literals.size() == 1) {
            Map.Entry<String, TrieNode> only = node.literals.entrySet().iterator().next();
            node.soleLiteral = only.getKey();
            node.soleChild = only.getValue();
            node.literals = null;
        }
        if (node.soleChild != null) {
            freeze(node.soleChild);
        }
        if (node.literals != null) {
            node.literals.values().forEach(RouteIndex::freeze);
        }
        for (Edge edge : node.edges) {
            freeze(edge.child());
        }
    }

    /** Appends the candidates for {@code path} (which starts with '/') to {@code out}, unsorted. */
    void candidates(String path, IntBuffer out) {
        walk(root, path, 1, out);
    }

    private static void walk(TrieNode node, String path, int from, IntBuffer out) {
        out.addAll(node.rest);
        if (from > path.length()) {
            out.addAll(node.ends);
            return;
        }
        int slash = path.indexOf('/', from);
        int end = slash < 0 ? path.length() : slash;
        int next = end + 1;
        if (node.soleLiteral != null) {
            String literal = node.soleLiteral;
            if (literal.length() == end - from && path.startsWith(literal, from)) {
                walk(node.soleChild, path, next, out);
            }
        } else if (node.literals != null) {
            TrieNode child = node.literals.get(path.substring(from, end));
            if (child != null) {
                walk(child, path, next, out);
            }
        }
        for (Edge edge : node.edges) {
            if (edge.test().accepts(path, from, end)) {
                walk(edge.child(), path, next, out);
            }
        }
    }

    private void insert(CompiledUrlConf.Leaf leaf) {
        TrieNode node = root;
        List<Object> pieces = new ArrayList<>(); // the current segment: Strings and SegmentTests
        for (Node level : leaf.nodes()) {
            CompiledPattern pattern = level.pattern();
            if (!pattern.isRouteSyntax()) {
                node.rest = add(node.rest, leaf.order());
                return;
            }
            for (RoutePart part : pattern.reverseTemplates().get(0)) {
                if (part instanceof RoutePart.Param param) {
                    BuiltInConverter builtIn = BuiltInConverter.withinSegment(param.converter());
                    if (builtIn == null) {
                        node.rest = add(node.rest, leaf.order()); // may match across a slash
                        return;
                    }
                    pieces.add(SegmentTest.of(builtIn));
                    continue;
                }
                String text = ((RoutePart.Literal) part).text();
                int at = 0;
                int slash;
                while ((slash = text.indexOf('/', at)) >= 0) {
                    pieces.add(text.substring(at, slash));
                    node = step(node, pieces);
                    pieces.clear();
                    at = slash + 1;
                }
                pieces.add(text.substring(at));
            }
        }
        node = step(node, pieces);
        node.ends = add(node.ends, leaf.order());
    }

    /** The trie node one segment further: literal text, one parameter, or a mix. */
    private static TrieNode step(TrieNode node, List<Object> pieces) {
        StringBuilder literal = new StringBuilder();
        SegmentTest single = null;
        int tests = 0;
        for (Object piece : pieces) {
            if (piece instanceof String text) {
                literal.append(text);
            } else {
                single = (SegmentTest) piece;
                tests++;
            }
        }
        if (tests == 0) {
            if (node.literals == null) {
                node.literals = new HashMap<>();
            }
            return node.literals.computeIfAbsent(literal.toString(), k -> new TrieNode());
        }
        if (tests == 1 && literal.length() == 0) {
            return edge(node, single);
        }
        StringBuilder regex = new StringBuilder();
        for (Object piece : pieces) {
            if (piece instanceof String text) {
                if (!text.isEmpty()) {
                    regex.append(Pattern.quote(text));
                }
            } else {
                regex.append('(').append(((SegmentTest) piece).regex()).append(')');
            }
        }
        return edge(node, SegmentTest.regex(regex.toString()));
    }

    private static TrieNode edge(TrieNode node, SegmentTest test) {
        for (Edge e : node.edges) {
            if (e.test().key().equals(test.key())) {
                return e.child();
            }
        }
        TrieNode child = new TrieNode();
        Edge[] longer = Arrays.copyOf(node.edges, node.edges.length + 1);
        longer[node.edges.length] = new Edge(test, child);
        node.edges = longer;
        return child;
    }

    private static int[] add(int[] sorted, int order) {
        int[] longer = Arrays.copyOf(sorted, sorted.length + 1);
        longer[sorted.length] = order; // leaves arrive in declaration order: stays sorted
        return longer;
    }

    /** A growable int list, reused by one resolve. */
    static final class IntBuffer {
        int[] values = new int[8];
        int size;

        void addAll(int[] more) {
            if (more.length == 0) {
                return;
            }
            if (size + more.length > values.length) {
                values = Arrays.copyOf(values, Math.max(values.length * 2, size + more.length));
            }
            System.arraycopy(more, 0, values, size, more.length);
            size += more.length;
        }

        /** Sorts and removes duplicates. */
        void sortUnique() {
            if (size < 2) {
                return;
            }
            Arrays.sort(values, 0, size);
            int w = 1;
            for (int r = 1; r < size; r++) {
                if (values[r] != values[w - 1]) {
                    values[w++] = values[r];
                }
            }
            size = w;
        }
    }

    static List<Integer> toList(IntBuffer buffer) {
        List<Integer> list = new ArrayList<>(buffer.size);
        for (int i = 0; i < buffer.size; i++) {
            list.add(buffer.values[i]);
        }
        return list;
    }
}
