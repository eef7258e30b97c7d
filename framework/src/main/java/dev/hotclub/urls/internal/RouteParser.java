package dev.hotclub.urls.internal;

import dev.hotclub.urls.Converter;
import dev.hotclub.urls.Converters;
import dev.hotclub.conf.ImproperlyConfigured;
import dev.hotclub.urls.UrlPattern;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Parses a {@code path()} route or a {@code rePath()} regex into a {@link CompiledPattern}, reporting
 * every mistake as {@link ImproperlyConfigured} with Django's wording plus where the route is.
 */
final class RouteParser {

    /** Django's {@code _PATH_PARAMETER_COMPONENT_RE}: {@code <conv:name>} or {@code <name>}. */
    private static final Pattern PARAMETER = Pattern.compile("<(?:([^>:]+):)?([^>]+)>");

    private final Converters converters;
    // How many groups each converter's regex has, counted once: 10,000 routes with <int:id> share one converter.
    private final Map<Converter<Object>, Integer> groupCounts = new IdentityHashMap<>();

    public RouteParser(Converters converters) {
        this.converters = converters;
    }

    /**
     * @param where appended to messages to say where the pattern is, e.g. {@code " (in app 'blog', BlogApp.java:12)"}
     */
    public CompiledPattern compile(UrlPattern pattern, String where) {
        boolean endpoint = !pattern.isInclude();
        return pattern.regex() ? compileRegex(pattern, endpoint, where) : compileRoute(pattern, endpoint, where);
    }

    private CompiledPattern compileRoute(UrlPattern pattern, boolean endpoint, String where) {
        String route = pattern.route();
        StringBuilder regex = new StringBuilder("^");
        List<RoutePart> parts = new ArrayList<>();
        List<RoutePart.Param> params = new ArrayList<>();
        List<Integer> groups = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int group = 1;
        int at = 0;
        Matcher m = PARAMETER.matcher(route);
        while (m.find()) {
            if (m.group().chars().anyMatch(Character::isWhitespace)) {
                throw new ImproperlyConfigured("URL route '" + route
                        + "' cannot contain whitespace in angle brackets <…>" + where + ".");
            }
            String literal = route.substring(at, m.start());
            appendLiteral(literal, regex, parts);
            at = m.end();
            String name = m.group(2).intern(); // one shared copy of "id" for 10,000 routes: fewer cache misses
            if (!isIdentifier(name)) {
                throw new ImproperlyConfigured("URL route '" + route + "' uses parameter name '" + name
                        + "' which isn't a valid Java identifier" + where + ".");
            }
            if (!seen.add(name)) {
                throw new ImproperlyConfigured("URL route '" + route + "' uses parameter name '" + name
                        + "' more than once" + where + ". Give each parameter its own name.");
            }
            String converterName = m.group(1) == null ? "str" : m.group(1);
            Converter<Object> converter = lookUp(converterName, route, where);
            int converterGroups = groupCount(converterName, converter, route, where);
            RoutePart.Param param = new RoutePart.Param(name, converter);
            params.add(param);
            parts.add(param);
            groups.add(group);
            regex.append('(').append(converter.regex()).append(')');
            group += 1 + converterGroups;
        }
        appendLiteral(route.substring(at), regex, parts);
        if (endpoint) {
            regex.append("\\z");
        }
        Pattern compiled = Pattern.compile(regex.toString());
        return new CompiledPattern(pattern, compiled, false,
                params.toArray(RoutePart.Param[]::new), groups.stream().mapToInt(Integer::intValue).toArray(),
                List.of(), regex.substring(1), List.of(List.copyOf(parts)));
    }

    private static void appendLiteral(String literal, StringBuilder regex, List<RoutePart> parts) {
        if (!literal.isEmpty()) {
            regex.append(Pattern.quote(literal));
            parts.add(new RoutePart.Literal(literal));
        }
    }

    @SuppressWarnings("unchecked")
    private Converter<Object> lookUp(String converterName, String route, String where) {
        return (Converter<Object>) converters.get(converterName).orElseThrow(() -> new ImproperlyConfigured(
                "URL route '" + route + "' uses invalid converter '" + converterName + "'" + where + "."));
    }

    /** The groups of the converter's own regex, which is checked here (once per converter). */
    private int groupCount(String converterName, Converter<Object> converter, String route, String where) {
        Integer known = groupCounts.get(converter);
        if (known != null) {
            return known;
        }
        int count = converterRegex(converterName, converter, route, where).matcher("").groupCount();
        groupCounts.put(converter, count);
        return count;
    }

    private static Pattern converterRegex(String converterName, Converter<Object> converter, String route,
                                          String where) {
        try {
            return Pattern.compile(converter.regex());
        } catch (PatternSyntaxException | NullPointerException e) {
            throw new ImproperlyConfigured("URL route '" + route + "' uses converter '" + converterName
                    + "'" + where + ", whose regex \"" + converter.regex() + "\" is not a valid regular expression: "
                    + describe(e), e);
        }
    }

    private CompiledPattern compileRegex(UrlPattern pattern, boolean endpoint, String where) {
        String source = pattern.route();
        Pattern compiled;
        try {
            compiled = Pattern.compile(source);
        } catch (PatternSyntaxException e) {
            throw new ImproperlyConfigured("\"" + source + "\" is not a valid regular expression" + where + ": "
                    + describe(e), e);
        }
        List<String> names = RegexGroups.namedGroups(source);
        boolean fullMatch = endpoint && source.endsWith("$");
        String reverseRegex = source.startsWith("^") ? source.substring(1) : source;
        List<List<RoutePart>> templates = RegexTemplates.of(source);
        return new CompiledPattern(pattern, compiled, fullMatch, new RoutePart.Param[0], new int[0],
                names, reverseRegex, templates);
    }

    private static String describe(Exception e) {
        return e instanceof PatternSyntaxException pse ? pse.getDescription() + " near index " + pse.getIndex()
                : String.valueOf(e.getMessage());
    }

    static boolean isIdentifier(String name) {
        if (name.isEmpty() || !Character.isJavaIdentifierStart(name.codePointAt(0))) {
            return false;
        }
        return name.codePoints().skip(1).allMatch(Character::isJavaIdentifierPart);
    }
}
