package dev.hotclub.urls.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A named endpoint as reverse() sees it: the chain of patterns from the root, the templates to fill
 * in (one per way of writing the joined route) and the joined regex every filled-in URL is checked
 * against, as Django does.
 *
 * @param chain    the patterns from the outermost include to the endpoint
 * @param defaults the extra kwargs of the endpoint and of the includes without a namespace above it
 */
record ReverseCandidate(List<CompiledPattern> chain, Map<String, Object> defaults,
                        List<List<RoutePart>> templates, String route, Pattern check) {

    static ReverseCandidate of(List<CompiledPattern> chain, Map<String, Object> defaults) {
        List<List<RoutePart>> templates = List.of(List.of());
        StringBuilder regex = new StringBuilder(Pattern.quote("/"));
        String route = "";
        for (CompiledPattern level : chain) {
            templates = product(templates, level.reverseTemplates());
            regex.append(level.reverseRegex());
            route = NaiveWalk.joinRoute(route, level.source().route());
        }
        return new ReverseCandidate(List.copyOf(chain), defaults, templates, route,
                Pattern.compile(regex.toString()));
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
