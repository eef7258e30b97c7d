package dev.hotclub.urls.internal;

import dev.hotclub.urls.Converter;
import dev.hotclub.urls.Route;
import dev.hotclub.urls.UrlWarning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds endpoints that can never match because an earlier one matches every path they match
 * ({@value UrlWarning#SHADOWED_ROUTE}), e.g. {@code <str:name>/} declared before {@code search/}.
 * It reports only what is certain: a missed warning costs less than a false one.
 *
 * <ul>
 *   <li>A route without parameters matches one path. The resolver itself is asked for that path:
 *       when an earlier endpoint gets it, the route is shadowed. That is exact whatever the earlier
 *       endpoint is made of: {@code rePath}, mixed segments, custom converters, includes whose prefix
 *       captures values.</li>
 *   <li>A route with parameters is cut at its slashes into segments (literal text, one parameter, or
 *       text mixed with built-in parameters); earlier routes go into a trie in declaration order and the
 *       route asks it whether one earlier route covers it segment by segment. Left out, because no
 *       segment-wise answer is certain there: {@code rePath} levels, the {@code path} converter, custom
 *       converters above the last level, and segments cut in two by an include with a parameter in the
 *       first half (the include's regex does not backtrack into the included one).</li>
 * </ul>
 */
final class ShadowCheck {


    private sealed interface Segment {
    }

    private record Text(String text) implements Segment {
    }

    /** @param builtIn the built-in the converter is when it never matches a slash, or null */
    private record Param(Converter<Object> converter, BuiltInConverter builtIn) implements Segment {
    }

    /** Text and built-in parameters in one segment, e.g. {@code <int:a>-<int:b>}: equal when written alike. */
    private record Mixed(List<Segment> parts) implements Segment {
    }

    private static final class TrieNode {
        final Map<String, TrieNode> literals = new HashMap<>();
        final Map<Converter<Object>, TrieNode> params = new IdentityHashMap<>();
        final Map<Converter<Object>, BuiltInConverter> builtIns = new IdentityHashMap<>();
        final Map<Mixed, TrieNode> mixed = new LinkedHashMap<>();
        int firstLeaf = -1;
    }

    private final TrieNode root = new TrieNode();
    private final Map<Converter<Object>, Pattern> regexes = new IdentityHashMap<>();
    private final Map<Mixed, Pattern> mixedRegexes = new HashMap<>();

    private ShadowCheck() {
    }

    static List<UrlWarning> run(List<CompiledUrlConf.Leaf> leaves, IndexedResolver resolver) {
        return shadowed(leaves, resolver).stream()
                .map(pair -> warning(leaves.get(pair.earlier()), leaves.get(pair.later()))).toList();
    }

    /** An endpoint ({@code later}, in declaration order) that an earlier one covers. */
    record Shadowed(int earlier, int later) {
    }

    static List<Shadowed> shadowed(List<CompiledUrlConf.Leaf> leaves, IndexedResolver resolver) {
        ShadowCheck check = new ShadowCheck();
        List<Shadowed> found = new ArrayList<>();
        for (CompiledUrlConf.Leaf leaf : leaves) {
            List<Segment> segments = segmentsOf(leaf);
            String literalPath = literalPath(leaf);
            int earlier = -1;
            if (literalPath != null) {
                earlier = resolver.firstMatchBefore(literalPath, leaf.order());
            } else if (segments != null) {
                earlier = check.coveringLeaf(check.root, segments, 0);
            }
            if (earlier >= 0) {
                found.add(new Shadowed(earlier, leaf.order()));
            }
            if (segments != null) {
                check.insert(segments, leaf.order());
            }
        }
        return found;
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

    /** The one path a route of {@code path()} levels without parameters matches, or null. */
    private static String literalPath(CompiledUrlConf.Leaf leaf) {
        StringBuilder path = new StringBuilder("/");
        for (Node level : leaf.nodes()) {
            CompiledPattern pattern = level.pattern();
            if (!pattern.isRouteSyntax()) {
                return null;
            }
            for (RoutePart part : pattern.reverseTemplates().get(0)) {
                if (!(part instanceof RoutePart.Literal literal)) {
                    return null;
                }
                path.append(literal.text());
            }
        }
        return path.toString();
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
            if (paramCovers(e.getKey(), node.builtIns.get(e.getKey()), s)) {
                best = earliest(best, coveringLeaf(e.getValue(), segments, depth + 1));
            }
        }
        for (Map.Entry<Mixed, TrieNode> e : node.mixed.entrySet()) {
            if (mixedCovers(e.getKey(), s)) {
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

    /** Whether an earlier one-parameter segment matches everything the later segment matches. */
    private boolean paramCovers(Converter<Object> converter, BuiltInConverter builtIn, Segment later) {
        if (later instanceof Text text) {
            Pattern regex = regexes.computeIfAbsent(converter, c -> Pattern.compile(c.regex()));
            return regex.matcher(text.text()).matches() && converts(converter, text.text());
        }
        if (later instanceof Mixed mixed) {
            // Every mixed segment matches non-empty text without a slash, made of its texts and its
            // parameters' values one after the other.
            return builtIn != null && builtIn.coversConcatenations() && coversEveryPart(builtIn, mixed);
        }
        Param param = (Param) later;
        if (param.converter() == converter) {
            return true;
        }
        return builtIn != null && param.builtIn() != null && builtIn.covers(param.builtIn());
    }

    private static boolean coversEveryPart(BuiltInConverter builtIn, Mixed mixed) {
        for (Segment part : mixed.parts()) {
            if (part instanceof Text text ? !builtIn.matchesSegment(text.text(), 0, text.text().length())
                    : !builtIn.covers(((Param) part).builtIn())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether an earlier mixed segment matches everything the later segment matches: the same
     * segment written again, or a text its regex matches and its converters accept, with the values
     * the route's own regex would capture (built-in converters never match a slash, so a segment's
     * first match is the one the whole route's regex takes).
     */
    private boolean mixedCovers(Mixed earlier, Segment later) {
        if (later instanceof Mixed) {
            return earlier.equals(later);
        }
        if (!(later instanceof Text text)) {
            return false;
        }
        Matcher m = mixedRegexes.computeIfAbsent(earlier, ShadowCheck::regexOf).matcher(text.text());
        if (!m.matches()) {
            return false;
        }
        int group = 0;
        for (Segment part : earlier.parts()) {
            if (part instanceof Param param && !converts(param.converter(), m.group(++group))) {
                return false;
            }
        }
        return true;
    }

    private static Pattern regexOf(Mixed mixed) {
        StringBuilder regex = new StringBuilder();
        for (Segment part : mixed.parts()) {
            if (part instanceof Text text) {
                regex.append(Pattern.quote(text.text()));
            } else {
                // Built-in regexes have no groups of their own: group i is parameter i.
                regex.append('(').append(((Param) part).converter().regex()).append(')');
            }
        }
        return Pattern.compile(regex.toString());
    }

    private static boolean converts(Converter<Object> converter, String value) {
        try {
            converter.toJava(value);
            return true;
        } catch (Exception refused) {
            return false;
        }
    }

    private void insert(List<Segment> segments, int order) {
        TrieNode node = root;
        for (Segment s : segments) {
            if (s instanceof Text text) {
                node = node.literals.computeIfAbsent(text.text(), k -> new TrieNode());
            } else if (s instanceof Mixed mixed) {
                node = node.mixed.computeIfAbsent(mixed, k -> new TrieNode());
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
        List<Segment> current = new ArrayList<>(); // the parts of the segment being read
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
                BuiltInConverter builtIn = BuiltInConverter.withinSegment(p.converter());
                if (builtIn == null && !lastLevel) {
                    return null; // a custom regex at an include's edge may stop short: no backtracking there
                }
                if (text.length() > 0) {
                    current.add(new Text(text.toString()));
                    text.setLength(0);
                }
                current.add(new Param(p.converter(), builtIn));
            }
            if (!lastLevel && !current.isEmpty()) {
                return null; // an include cuts a segment after a parameter: its first match is final
            }
        }
        return closeSegment(segments, current, text) ? segments : null;
    }

    private static boolean closeSegment(List<Segment> segments, List<Segment> current, StringBuilder text) {
        if (text.length() > 0 || current.isEmpty()) {
            current.add(new Text(text.toString()));
            text.setLength(0);
        }
        if (current.size() == 1) {
            segments.add(current.get(0));
        } else {
            for (Segment part : current) {
                if (part instanceof Param param && param.builtIn() == null) {
                    return false; // a custom regex beside text: it may match a slash or backtrack
                }
            }
            segments.add(new Mixed(List.copyOf(current)));
        }
        current.clear();
        return true;
    }
}
