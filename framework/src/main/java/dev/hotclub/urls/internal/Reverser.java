package dev.hotclub.urls.internal;

import dev.hotclub.utils.PercentEncoding;
import dev.hotclub.urls.Converter;
import dev.hotclub.urls.NoReverseMatch;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Django's {@code reverse()}: find the namespace, then try each pattern of that name (the one declared
 * last first) with the given values: run the converters' {@code toUrl}, check the URL against the
 * pattern, percent-encode it.
 */
public final class Reverser {

    private final ReverseIndex.Level root;

    public Reverser(List<Node> tree) {
        this.root = ReverseIndex.build(tree);
    }

    public String reverse(String viewName, List<?> args, Map<String, ?> kwargs) {
        Objects.requireNonNull(viewName, "viewName");
        if (!args.isEmpty() && !kwargs.isEmpty()) {
            throw new IllegalArgumentException("Don't mix *args and **kwargs in call to reverse()!");
        }
        String[] parts = viewName.split(":", -1);
        String view = parts[parts.length - 1];
        ReverseIndex.Level level = root;
        List<String> resolvedPath = new ArrayList<>();
        for (int i = 0; i < parts.length - 1; i++) {
            String ns = parts[i];
            List<String> instances = level.apps.get(ns);
            if (instances != null && !instances.contains(ns)) {
                ns = instances.get(0); // no default instance: the one deployed last
            }
            ReverseIndex.Namespace namespace = level.namespaces.get(ns);
            if (namespace == null) {
                throw new NoReverseMatch(resolvedPath.isEmpty()
                        ? "'" + ns + "' is not a registered namespace"
                        : "'" + ns + "' is not a registered namespace inside '" + String.join(":", resolvedPath) + "'");
            }
            resolvedPath.add(ns);
            level = namespace.level();
        }
        List<ReverseCandidate> candidates = level.byName.getOrDefault(view, List.of());
        for (ReverseCandidate candidate : candidates) {
            for (List<RoutePart> template : candidate.templates()) {
                String url = fill(candidate, template, args, kwargs);
                if (url != null) {
                    return PercentEncoding.quoteReversedUrl(url);
                }
            }
        }
        throw notFound(viewName, args, kwargs, candidates);
    }

    /** The unquoted URL for these values, or null when the template does not take them. */
    private static String fill(ReverseCandidate candidate, List<RoutePart> template, List<?> args,
                               Map<String, ?> kwargs) {
        List<RoutePart.Param> params = new ArrayList<>();
        for (RoutePart part : template) {
            if (part instanceof RoutePart.Param p) {
                params.add(p);
            }
        }
        if (!args.isEmpty()) {
            if (args.size() != params.size()) {
                return null;
            }
        } else {
            Set<String> names = new HashSet<>();
            params.forEach(p -> names.add(p.name()));
            Set<String> difference = new HashSet<>(kwargs.keySet());
            difference.removeAll(names);
            Set<String> missing = new HashSet<>(names);
            missing.removeAll(kwargs.keySet());
            difference.addAll(missing);
            difference.removeAll(candidate.defaults().keySet());
            if (!difference.isEmpty()) {
                return null;
            }
            for (Map.Entry<String, Object> d : candidate.defaults().entrySet()) {
                if (kwargs.containsKey(d.getKey()) && !Objects.equals(kwargs.get(d.getKey()), d.getValue())) {
                    return null;
                }
            }
        }
        StringBuilder url = new StringBuilder("/");
        int index = 0;
        for (RoutePart part : template) {
            if (part instanceof RoutePart.Literal lit) {
                url.append(lit.text());
                continue;
            }
            RoutePart.Param p = (RoutePart.Param) part;
            Object value = args.isEmpty() ? kwargs.get(p.name()) : args.get(index);
            index++;
            String text = toUrl(p.converter(), value);
            if (text == null) {
                return null;
            }
            url.append(text);
        }
        String candidateUrl = url.toString();
        return candidate.check().matcher(candidateUrl).lookingAt() ? candidateUrl : null;
    }

    private static String toUrl(Converter<Object> converter, Object value) {
        if (converter == null) {
            return String.valueOf(value);
        }
        try {
            return converter.toUrl(value);
        } catch (RuntimeException cannotWriteThisValue) {
            return null;
        }
    }

    private static NoReverseMatch notFound(String viewName, List<?> args, Map<String, ?> kwargs,
                                           List<ReverseCandidate> candidates) {
        String view = viewName.substring(viewName.lastIndexOf(':') + 1);
        if (candidates.isEmpty()) {
            return new NoReverseMatch("Reverse for '" + viewName + "' not found. '" + view
                    + "' is not a valid view function or pattern name.");
        }
        String given = !args.isEmpty() ? "arguments '" + PythonRepr.tuple(args) + "'"
                : !kwargs.isEmpty() ? "keyword arguments '" + PythonRepr.of(kwargs) + "'"
                : "no arguments";
        List<String> routes = candidates.stream().map(ReverseCandidate::route).toList();
        return new NoReverseMatch("Reverse for '" + viewName + "' with " + given + " not found. "
                + candidates.size() + " pattern(s) tried: " + PythonRepr.of(routes));
    }
}
