package dev.hotclub.urls.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A named endpoint as reverse() sees it: the chain of patterns from the root (outermost include
 * first), the templates to fill in (one per way of writing the joined route), the extra kwargs of
 * the endpoint and of the includes without a namespace above it, and the joined regex every
 * filled-in URL is checked against, as Django does.
 */
final class ReverseCandidate {

    private final List<CompiledPattern> chain;
    private final Map<String, Object> defaults;
    private final List<List<RoutePart>> templates;
    private final String route;
    /** Compiled on first use: most names are never reversed, and 10,000 regexes cost a build time. */
    private volatile Pattern check;

    private ReverseCandidate(List<CompiledPattern> chain, Map<String, Object> defaults,
                             List<List<RoutePart>> templates, String route) {
        this.chain = chain;
        this.defaults = defaults;
        this.templates = templates;
        this.route = route;
    }

    static ReverseCandidate of(List<CompiledPattern> chain, Map<String, Object> defaults) {
        List<List<RoutePart>> templates = List.of(List.of());
        String route = "";
        for (CompiledPattern level : chain) {
            templates = product(templates, level.reverseTemplates());
            route = NaiveWalk.joinRoute(route, level.source().route());
        }
        return new ReverseCandidate(List.copyOf(chain), defaults, templates, route);
    }

    Map<String, Object> defaults() {
        return defaults;
    }

    List<List<RoutePart>> templates() {
        return templates;
    }

    String route() {
        return route;
    }

    /** The joined regex of the chain, which every filled-in URL must match (Django's last check). */
    Pattern check() {
        Pattern pattern = check;
        if (pattern == null) {
            StringBuilder regex = new StringBuilder(Pattern.quote("/"));
            for (CompiledPattern level : chain) {
                regex.append(level.reverseRegex());
            }
            pattern = Pattern.compile(regex.toString());
            check = pattern;
        }
        return pattern;
    }

    private static List<List<RoutePart>> product(List<List<RoutePart>> left, List<List<RoutePart>> right) {
        List<List<RoutePart>> result = new ArrayList<>(left.size() * right.size());
        for (List<RoutePart> l : left) {
            for (List<RoutePart> r : right) {
                List<RoutePart> joined = new ArrayList<>(l);
                joined.addAll(r);
                result.add(List.copyOf(joined));
            }
        }
        return result;
    }
}
