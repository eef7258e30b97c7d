package dev.hotclub.urls.internal;

import dev.hotclub.urls.Converter;
import dev.hotclub.urls.Converters;
import dev.hotclub.urls.Route;
import dev.hotclub.urls.UrlWarning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds endpoints that can never match because an earlier one matches every path they match
 * ({@value UrlWarning#SHADOWED_ROUTE}), e.g. {@code <str:name>/} declared before {@code search/}.
 *
 * <p>Works on {@code path()} routes split at {@code /} where each segment is literal text or one
 * parameter; earlier routes go into a trie in declaration order and each route asks the trie whether
 * an earlier one covers it, segment by segment. It only reports what is certain: rePath routes,
 * {@code path} converters and segments mixing text and parameters are left out.
 */
final class ShadowCheck {

    private static final Set<String> BUILT_IN = Set.of("str", "int", "slug", "uuid");

    private sealed interface Segment {
    }

    private record Text(String text) implements Segment {
    }

    private record Param(Converter<Object> converter, String builtIn) implements Segment {
    }

    private static final class TrieNode {
        final Map<String, TrieNode> literals = new HashMap<>();
        final Map<Converter<Object>, TrieNode> params = new IdentityHashMap<>();
        final Map<Converter<Object>, String> builtIns = new IdentityHashMap<>();
        int firstLeaf = -1;
    }

    private final TrieNode root = new TrieNode();
    private final Map<Converter<Object>, Pattern> regexes = new IdentityHashMap<>();

    private ShadowCheck() {
    }

    static List<UrlWarning> run(List<CompiledUrlConf.Leaf> leaves) {
        ShadowCheck check = new ShadowCheck();
        List<UrlWarning> warnings = new ArrayList<>();
        for (CompiledUrlConf.Leaf leaf : leaves) {
            List<Segment> segments = segmentsOf(leaf);
            if (segments == null) {
                continue;
            }
            int earlier = check.coveringLeaf(check.root, segments, 0);
            if (earlier >= 0) {
                warnings.add(warning(leaves.get(earlier), leaf));
            }
            check.insert(segments, leaf.order());
        }
        return warnings;
    }

    private static UrlWarning warning(CompiledUrlConf.Leaf earlier, CompiledUrlConf.Leaf later) {
        return new UrlWarning(UrlWarning.SHADOWED_ROUTE, "URL route " + describe(later) + " can never match:"
                + " the earlier route " + describe(earlier) + " matches every path it would. Declare '"
                + later.route().route() + "' before '" + earlier.route().route() + "'.",
                List.of(earlier.route().route(), later.route().route()));
    }

    /** {@code 'blog/<slug:s>/' [name='post'] (in app 'blog', BlogApp.java:12)}. */
    static String describe(CompiledUrlConf.Leaf leaf) {
        Route route = leaf.route();
        return "'" + route.route() + "'" + (route.urlName() == null ? "" : " [name='" + route.urlName() + "']")
                + " (" + leaf.endpoint().where() + ")";
    }

    private int coveringLeaf(TrieNode node, List<Segment> segments, int depth) {
        if (depth == segments.size()) {
            return node.firstLeaf;
        }
        int best = -1;
        Segment s = segments.get(depth);
        if (s instanceof Text text) {
            TrieNode next = node.literals.get(text.text());
            if (next != null) {
                best = coveringLeaf(next, segments, depth + 1);
            }
        }
        for (Map.Entry<Converter<Object>, TrieNode> e : node.params.entrySet()) {
            if (covers(e.getKey(), node.builtIns.get(e.getKey()), s)) {
                best = earliest(best, coveringLeaf(e.getValue(), segments, depth + 1));
            }
        }
        return best;
    }

    private static int earliest(int a, int b) {
        if (a < 0) {
            return b;
        }
        return b < 0 ? a : Math.min(a, b);
    }

    private boolean covers(Converter<Object> converter, String builtIn, Segment later) {
        if (later instanceof Text text) {
            Pattern regex = regexes.computeIfAbsent(converter, c -> Pattern.compile(c.regex()));
            if (!regex.matcher(text.text()).matches()) {
                return false;
            }
            try {
                converter.toJava(text.text());
                return true;
            } catch (Exception refused) {
                return false;
            }
        }
        Param param = (Param) later;
        if (param.converter() == converter) {
            return true;
        }
        if (builtIn == null || param.builtIn() == null) {
            return false;
        }
        return builtIn.equals("str")
                || builtIn.equals("slug") && !param.builtIn().equals("str");
    }

    private void insert(List<Segment> segments, int order) {
        TrieNode node = root;
        for (Segment s : segments) {
            if (s instanceof Text text) {
                node = node.literals.computeIfAbsent(text.text(), k -> new TrieNode());
            } else {
                Param p = (Param) s;
                node.builtIns.putIfAbsent(p.converter(), p.builtIn());
                node = node.params.computeIfAbsent(p.converter(), k -> new TrieNode());
            }
        }
        if (node.firstLeaf < 0) {
            node.firstLeaf = order;
        }
    }

    /** The route as segments, or null when it holds anything this check cannot reason about exactly. */
    private static List<Segment> segmentsOf(CompiledUrlConf.Leaf leaf) {
        List<Segment> segments = new ArrayList<>();
        List<Object> current = new ArrayList<>(); // the parts of the segment being read
        StringBuilder text = new StringBuilder();
        int levels = leaf.nodes().size();
        for (int level = 0; level < levels; level++) {
            CompiledPattern pattern = leaf.nodes().get(level).pattern();
            if (!pattern.isRouteSyntax()) {
                return null;
            }
            boolean lastLevel = level == levels - 1;
            for (RoutePart part : pattern.reverseTemplates().get(0)) {
                if (part instanceof RoutePart.Literal lit) {
                    for (char c : lit.text().toCharArray()) {
                        if (c == '/') {
                            if (!closeSegment(segments, current, text)) {
                                return null;
                            }
                        } else {
                            text.append(c);
                        }
                    }
                    continue;
                }
                RoutePart.Param p = (RoutePart.Param) part;
                String builtIn = isBuiltIn(p) ? p.converterName() : null;
                if (builtIn == null && !lastLevel) {
                    return null; // a custom regex at an include's edge may stop short: no backtracking there
                }
                if (text.length() > 0) {
                    current.add(new Text(text.toString()));
                    text.setLength(0);
                }
                current.add(new Param(p.converter(), builtIn));
            }
        }
        return closeSegment(segments, current, text) ? segments : null;
    }

    private static boolean closeSegment(List<Segment> segments, List<Object> current, StringBuilder text) {
        if (text.length() > 0 || current.isEmpty()) {
            current.add(new Text(text.toString()));
            text.setLength(0);
        }
        if (current.size() != 1) {
            return false; // text and parameters mixed in one segment
        }
        segments.add((Segment) current.get(0));
        current.clear();
        return true;
    }

    private static boolean isBuiltIn(RoutePart.Param p) {
        return BUILT_IN.contains(p.converterName())
                && Converters.defaults().get(p.converterName()).orElse(null) == p.converter();
    }
}
