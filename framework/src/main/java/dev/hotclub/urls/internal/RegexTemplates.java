package dev.hotclub.urls.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a rePath regex into the templates reverse() fills in, the way Django's {@code normalize()} does:
 * optional parts are left out (an optional group holding parameters gives a second template with it),
 * {@code +} and {@code {n}} keep their minimum, a class gives its first character, {@code .} and
 * {@code \w}-like escapes give a representative character, look-arounds are ignored. What it cannot
 * write back ({@code |}, back-references, flags) makes the pattern unreversible: no template.
 */
final class RegexTemplates {

    private static final class Unreversible extends RuntimeException {
        Unreversible() {
            super(null, null, false, false);
        }
    }

    private final String regex;
    private int at;
    private int nextPositional;

    private RegexTemplates(String regex) {
        this.regex = regex;
    }

    /** The templates, or an empty list when the regex cannot be reversed. */
    static List<List<RoutePart>> of(String regex) {
        RegexTemplates parser = new RegexTemplates(regex);
        try {
            List<List<RoutePart>> variants = parser.sequence();
            if (parser.at < regex.length()) {
                return List.of(); // an unbalanced ')': Pattern.compile has already refused it
            }
            List<List<RoutePart>> merged = new ArrayList<>();
            for (List<RoutePart> v : variants) {
                merged.add(mergeLiterals(v));
            }
            return List.copyOf(merged);
        } catch (Unreversible e) {
            return List.of();
        }
    }

    private List<List<RoutePart>> sequence() {
        List<List<RoutePart>> variants = new ArrayList<>();
        variants.add(new ArrayList<>());
        while (at < regex.length()) {
            char c = regex.charAt(at);
            if (c == ')') {
                return variants;
            }
            if (c == '|') {
                throw new Unreversible();
            }
            List<List<RoutePart>> element = element();
            element = quantified(element);
            variants = product(variants, element);
        }
        return variants;
    }

    private List<List<RoutePart>> element() {
        char c = regex.charAt(at);
        switch (c) {
            case '^', '$' -> {
                at++;
                return List.of(List.of());
            }
            case '.' -> {
                at++;
                return literal(".");
            }
            case '[' -> {
                return characterClass();
            }
            case '\\' -> {
                return escape();
            }
            case '(' -> {
                return group();
            }
            default -> {
                at++;
                return literal(String.valueOf(c));
            }
        }
    }

    private List<List<RoutePart>> escape() {
        if (regex.startsWith("\\Q", at)) {
            int end = regex.indexOf("\\E", at + 2);
            String quoted = end < 0 ? regex.substring(at + 2) : regex.substring(at + 2, end);
            at = end < 0 ? regex.length() : end + 2;
            return literal(quoted);
        }
        if (at + 1 >= regex.length()) {
            throw new Unreversible();
        }
        char e = regex.charAt(at + 1);
        at += 2;
        return switch (e) {
            case 'd' -> literal("0");
            case 'D', 'w', 'S' -> literal("x");
            case 'W' -> literal("!");
            case 's' -> literal(" ");
            case 'b', 'B', 'A', 'z', 'Z', 'G' -> List.of(List.of());
            default -> {
                if (Character.isLetterOrDigit(e)) {
                    throw new Unreversible(); // \p{..}, \x.., back-references...
                }
                yield literal(String.valueOf(e));
            }
        };
    }

    private List<List<RoutePart>> characterClass() {
        int end = RegexGroups.skipClass(regex, at);
        String body = regex.substring(at + 1, Math.max(at + 1, end - 1));
        at = end;
        if (body.isEmpty() || body.startsWith("^") || body.contains("[") || body.contains("&&")) {
            throw new Unreversible();
        }
        char first = body.charAt(0);
        if (first == '\\') {
            if (body.length() < 2) {
                throw new Unreversible();
            }
            char e = body.charAt(1);
            return switch (e) {
                case 'd' -> literal("0");
                case 'w', 'S', 'D' -> literal("x");
                case 's' -> literal(" ");
                case 'W' -> literal("!");
                default -> {
                    if (Character.isLetterOrDigit(e)) {
                        throw new Unreversible();
                    }
                    yield literal(String.valueOf(e));
                }
            };
        }
        return literal(String.valueOf(first));
    }

    private List<List<RoutePart>> group() {
        if (regex.startsWith("(?:", at)) {
            at += 3;
            List<List<RoutePart>> inner = sequence();
            expectClose();
            return inner;
        }
        if (regex.startsWith("(?=", at) || regex.startsWith("(?!", at)
                || regex.startsWith("(?<=", at) || regex.startsWith("(?<!", at)) {
            skipGroupBody();
            return List.of(List.of());
        }
        if (regex.startsWith("(?<", at)) {
            int close = regex.indexOf('>', at + 3);
            String name = regex.substring(at + 3, close);
            skipGroupBody();
            return List.of(List.of(new RoutePart.Param(name, null)));
        }
        if (regex.startsWith("(?", at)) {
            throw new Unreversible(); // inline flags, atomic groups...
        }
        String name = "_" + nextPositional++;
        skipGroupBody();
        return List.of(List.of(new RoutePart.Param(name, null)));
    }

    private void skipGroupBody() {
        int depth = 0;
        while (at < regex.length()) {
            char c = regex.charAt(at);
            if (c == '\\') {
                at = RegexGroups.skipEscape(regex, at);
                continue;
            }
            if (c == '[') {
                at = RegexGroups.skipClass(regex, at);
                continue;
            }
            at++;
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 0) {
                    return;
                }
            }
        }
        throw new Unreversible();
    }

    private void expectClose() {
        if (at >= regex.length() || regex.charAt(at) != ')') {
            throw new Unreversible();
        }
        at++;
    }

    private List<List<RoutePart>> quantified(List<List<RoutePart>> element) {
        if (at >= regex.length()) {
            return element;
        }
        char q = regex.charAt(at);
        int min;
        if (q == '?' || q == '*') {
            min = 0;
            at++;
        } else if (q == '+') {
            min = 1;
            at++;
        } else if (q == '{') {
            int close = regex.indexOf('}', at);
            if (close < 0) {
                throw new Unreversible();
            }
            String[] bounds = regex.substring(at + 1, close).split(",", -1);
            try {
                min = Integer.parseInt(bounds[0].trim());
            } catch (NumberFormatException e) {
                throw new Unreversible();
            }
            at = close + 1;
        } else {
            return element;
        }
        if (at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '+')) {
            at++; // lazy or possessive: same minimum
        }
        boolean hasParams = element.stream().flatMap(List::stream).anyMatch(p -> p instanceof RoutePart.Param);
        if (min == 0) {
            if (!hasParams) {
                return List.of(List.of());
            }
            List<List<RoutePart>> withOptional = new ArrayList<>();
            withOptional.add(List.of());
            withOptional.addAll(element);
            return withOptional;
        }
        if (min == 1) {
            return element;
        }
        if (hasParams) {
            throw new Unreversible();
        }
        List<List<RoutePart>> repeated = List.of(List.of());
        for (int i = 0; i < min; i++) {
            repeated = product(repeated, element);
        }
        return repeated;
    }

    private static List<List<RoutePart>> literal(String text) {
        return List.of(List.of(new RoutePart.Literal(text)));
    }

    private static List<List<RoutePart>> product(List<List<RoutePart>> left, List<List<RoutePart>> right) {
        List<List<RoutePart>> result = new ArrayList<>(left.size() * right.size());
        for (List<RoutePart> l : left) {
            for (List<RoutePart> r : right) {
                List<RoutePart> joined = new ArrayList<>(l.size() + r.size());
                joined.addAll(l);
                joined.addAll(r);
                result.add(joined);
            }
        }
        return result;
    }

    private static List<RoutePart> mergeLiterals(List<RoutePart> parts) {
        List<RoutePart> merged = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (RoutePart p : parts) {
            if (p instanceof RoutePart.Literal lit) {
                text.append(lit.text());
            } else {
                if (text.length() > 0) {
                    merged.add(new RoutePart.Literal(text.toString()));
                    text.setLength(0);
                }
                merged.add(p);
            }
        }
        if (text.length() > 0) {
            merged.add(new RoutePart.Literal(text.toString()));
        }
        return List.copyOf(merged);
    }
}
