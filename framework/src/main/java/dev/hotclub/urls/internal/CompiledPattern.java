package dev.hotclub.urls.internal;

import dev.hotclub.urls.UrlPattern;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@link UrlPattern}'s route, parsed and compiled: matches one level of a path and gives back
 * its values. Immutable and thread-safe.
 */
public final class CompiledPattern {

    private final UrlPattern source;
    private final Pattern regex;
    private final boolean fullMatch;
    private final boolean routeSyntax;
    /** path(): the parameters, each the capture group {@code groups[i]} of {@link #regex}. */
    private final RoutePart.Param[] params;
    private final int[] groups;
    /** rePath(): named groups in order of appearance; when empty, every group is positional. */
    private final List<String> groupNames;
    private final String reverseRegex;
    private final List<List<RoutePart>> reverseTemplates;

    CompiledPattern(UrlPattern source, Pattern regex, boolean fullMatch,
                    RoutePart.Param[] params, int[] groups, List<String> groupNames,
                    String reverseRegex, List<List<RoutePart>> reverseTemplates) {
        this.source = source;
        this.regex = regex;
        this.fullMatch = fullMatch;
        this.routeSyntax = !source.regex();
        this.params = params;
        this.groups = groups;
        this.groupNames = List.copyOf(groupNames);
        this.reverseRegex = reverseRegex;
        this.reverseTemplates = reverseTemplates;
    }

    public UrlPattern source() {
        return source;
    }

    /** True for a {@code path()} route, false for {@code rePath()}. */
    public boolean isRouteSyntax() {
        return routeSyntax;
    }

    public Pattern regex() {
        return regex;
    }

    /** The regex source without its leading {@code ^}: levels are joined into one regex for reverse's check. */
    public String reverseRegex() {
        return reverseRegex;
    }

    /** The ways to write this level back from values (rePath's optional groups give more than one). */
    public List<List<RoutePart>> reverseTemplates() {
        return reverseTemplates;
    }

    /**
     * The values this level captures, as a typed view's check sees them: path() parameters and rePath() named
     * groups by name; rePath() groups without names by position, numbered from {@code firstPosition}.
     */
    List<CapturedValue> capturedValues(int firstPosition) {
        List<CapturedValue> values = new ArrayList<>();
        if (routeSyntax) {
            for (RoutePart.Param param : params) {
                Matcher written = Pattern.compile("<(?:[^<>:]+:)?" + Pattern.quote(param.name()) + ">")
                        .matcher(source.route());
                String as = written.find() ? written.group() : "<" + param.name() + ">";
                values.add(new CapturedValue(param.name(), -1, "captures it as " + as, param.converter(), null));
            }
        } else if (!groupNames.isEmpty()) {
            for (String name : groupNames) {
                values.add(new CapturedValue(name, -1, "captures it with a regex group", null, null));
            }
        } else {
            for (int g = 0; g < regex.matcher("").groupCount(); g++) {
                values.add(new CapturedValue(null, firstPosition + g, "captures it with a regex group", null, null));
            }
        }
        return values;
    }

    /**
     * Matches this level against {@code path} from index {@code from}, or returns null. A converter
     * whose {@code toJava} throws makes it no match.
     */
    public PatternMatch match(String path, int from) {
        Matcher m = regex.matcher(path);
        m.region(from, path.length());
        boolean found = fullMatch ? m.matches() : m.find();
        if (!found) {
            return null;
        }
        if (routeSyntax) {
            Map<String, Object> kwargs = new LinkedHashMap<>(params.length * 2);
            for (int i = 0; i < params.length; i++) {
                Object value;
                try {
                    value = params[i].converter().toJava(m.group(groups[i]));
                } catch (Exception conversionFailed) {
                    return null;
                }
                kwargs.put(params[i].name(), value);
            }
            return new PatternMatch(m.end(), List.of(), kwargs);
        }
        if (groupNames.isEmpty()) {
            List<Object> args = new ArrayList<>(m.groupCount());
            for (int g = 1; g <= m.groupCount(); g++) {
                args.add(m.group(g));
            }
            return new PatternMatch(m.end(), args, Map.of());
        }
        Map<String, Object> kwargs = new LinkedHashMap<>();
        for (String name : groupNames) {
            String value = m.group(name);
            if (value != null) {
                kwargs.put(name, value);
            }
        }
        return new PatternMatch(m.end(), List.of(), kwargs);
    }

    @Override
    public String toString() {
        return source.route();
    }
}
