package dev.hotclub.urls.internal;

import dev.hotclub.urls.Converter;
import dev.hotclub.urls.Converters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How to read an endpoint's values straight from the path's segments, for endpoints whose every
 * segment is literal text or one built-in converter and whose includes end at a slash. For these the
 * trie's walk has already checked what the regex would check, so only the conversions remain.
 * Other endpoints have no plan and are matched by their regexes.
 */
final class ExactLeaf {

    private static final Set<String> BUILT_IN = Set.of("str", "int", "slug", "uuid");

    /** One parameter: which segment of the path holds it. */
    private record Slot(int segment, String name, Converter<Object> converter) {
    }

    /** Per level of the chain (outermost include first), its parameters. */
    private final Slot[][] slots;

    private ExactLeaf(Slot[][] slots) {
        this.slots = slots;
    }

    /** The plan for a leaf, or null when its regexes must decide. */
    static ExactLeaf of(CompiledUrlConf.Leaf leaf) {
        List<Node> nodes = leaf.nodes();
        Slot[][] slots = new Slot[nodes.size()][];
        int segment = 0;
        for (int level = 0; level < nodes.size(); level++) {
            CompiledPattern pattern = nodes.get(level).pattern();
            if (!pattern.isRouteSyntax()) {
                return null;
            }
            List<RoutePart> parts = pattern.reverseTemplates().get(0);
            List<Slot> levelSlots = new ArrayList<>();
            boolean segmentHasText = false;
            boolean segmentHasParam = false;
            for (RoutePart part : parts) {
                if (part instanceof RoutePart.Param param) {
                    if (segmentHasText || segmentHasParam || !isBuiltIn(param)) {
                        return null;
                    }
                    levelSlots.add(new Slot(segment, param.name(), param.converter()));
                    segmentHasParam = true;
                    continue;
                }
                String text = ((RoutePart.Literal) part).text();
                for (int i = 0; i < text.length(); i++) {
                    if (text.charAt(i) == '/') {
                        segment++;
                        segmentHasText = false;
                        segmentHasParam = false;
                    } else if (segmentHasParam) {
                        return null; // text after a parameter in one segment
                    } else {
                        segmentHasText = true;
                    }
                }
            }
            boolean lastLevel = level == nodes.size() - 1;
            if (!lastLevel && (segmentHasText || segmentHasParam)) {
                return null; // an include ending inside a segment: the regexes decide where it stops
            }
            slots[level] = levelSlots.toArray(Slot[]::new);
        }
        return new ExactLeaf(slots);
    }

    private static boolean isBuiltIn(RoutePart.Param param) {
        return BUILT_IN.contains(param.converterName())
                && Converters.defaults().get(param.converterName()).orElse(null) == param.converter();
    }

    /** Each level's values, or null when a conversion refuses its text (no match, keep looking). */
    PatternMatch[] values(PathSegments path) {
        PatternMatch[] matches = new PatternMatch[slots.length];
        for (int level = 0; level < slots.length; level++) {
            Slot[] levelSlots = slots[level];
            if (levelSlots.length == 0) {
                matches[level] = new PatternMatch(0, List.of(), Map.of());
                continue;
            }
            Map<String, Object> kwargs = new LinkedHashMap<>(levelSlots.length * 2);
            for (Slot slot : levelSlots) {
                try {
                    kwargs.put(slot.name(), slot.converter().toJava(path.segment(slot.segment())));
                } catch (Exception conversionFailed) {
                    return null;
                }
            }
            matches[level] = new PatternMatch(0, List.of(), kwargs);
        }
        return matches;
    }

    /** The segments of one path, cut on first use. */
    static final class PathSegments {
        private final String path;
        private int[] starts;

        PathSegments(String path) {
            this.path = path;
        }

        String segment(int index) {
            if (starts == null) {
                int count = 1;
                for (int i = 1; i < path.length(); i++) {
                    if (path.charAt(i) == '/') {
                        count++;
                    }
                }
                starts = new int[count + 1];
                int s = 0;
                starts[s++] = 1;
                for (int i = 1; i < path.length(); i++) {
                    if (path.charAt(i) == '/') {
                        starts[s++] = i + 1;
                    }
                }
                starts[s] = path.length() + 1;
            }
            return path.substring(starts[index], starts[index + 1] - 1);
        }
    }
}
