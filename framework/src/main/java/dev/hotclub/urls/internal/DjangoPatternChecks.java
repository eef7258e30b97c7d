package dev.hotclub.urls.internal;

import dev.hotclub.urls.UrlPattern;
import dev.hotclub.urls.UrlWarning;

import java.util.ArrayList;
import java.util.List;

/**
 * Django's own URL checks, with Django's IDs and wording ({@code django/core/checks/urls.py} and the
 * patterns' {@code check()}): a {@code rePath} include ending in {@code $} ({@value UrlWarning#INCLUDE_WITH_DOLLAR}),
 * a route starting with {@code /} ({@value UrlWarning#LEADING_SLASH}), a name containing {@code :}
 * ({@value UrlWarning#COLON_IN_NAME}), a {@code <} or {@code >} left unmatched in a route
 * ({@value UrlWarning#UNMATCHED_BRACKET}, Django 4.1's). Each message ends with where the pattern was written.
 */
final class DjangoPatternChecks {

    private DjangoPatternChecks() {
    }

    static List<UrlWarning> run(List<Node> tree) {
        List<UrlWarning> warnings = new ArrayList<>();
        check(tree, "", warnings);
        return warnings;
    }

    /** Django's message, then where the pattern was written: {@code ... references (in app 'blog', X.java:3).} */
    static String located(String djangoMessage, Node node) {
        String sentence = djangoMessage.endsWith(".")
                ? djangoMessage.substring(0, djangoMessage.length() - 1) : djangoMessage;
        return sentence + " (" + node.where() + ").";
    }

    /** Django's count: each '>' with no '<' open, then one '<' if any is left open. */
    private static List<Character> unmatchedBrackets(String route) {
        List<Character> unmatched = new ArrayList<>();
        int open = 0;
        for (char c : route.toCharArray()) {
            if (c == '<') {
                open++;
            } else if (c == '>' && --open < 0) {
                unmatched.add('>');
                open = 0;
            }
        }
        if (open > 0) {
            unmatched.add('<');
        }
        return unmatched;
    }

    private static void check(List<Node> nodes, String prefix, List<UrlWarning> warnings) {
        for (Node node : nodes) {
            UrlPattern pattern = node.pattern().source();
            String joined = NaiveWalk.joinRoute(prefix, pattern.route());
            String regex = pattern.regex() ? pattern.route() : "^" + pattern.route();
            if (pattern.name() != null && pattern.name().contains(":")) {
                warnings.add(new UrlWarning(UrlWarning.COLON_IN_NAME, located("Your URL pattern " + pattern.describe()
                        + " has a name including a ':'. Remove the colon, to avoid ambiguous namespace references.", node),
                        List.of(joined)));
            }
            boolean startsWithSlash = regex.startsWith("^/") || regex.startsWith("^\\/") || regex.startsWith("/");
            boolean regexEndsWithSlash = node instanceof Node.Mount && regex.endsWith("/");
            if (startsWithSlash && !regexEndsWithSlash) {
                warnings.add(new UrlWarning(UrlWarning.LEADING_SLASH, located("Your URL pattern " + pattern.describe()
                        + " has a route beginning with a '/'. Remove this slash as it is unnecessary. If this pattern"
                        + " is targeted in an include(), ensure the include() pattern has a trailing '/'.", node),
                        List.of(joined)));
            }
            if (!pattern.regex()) {
                for (char bracket : unmatchedBrackets(pattern.route())) {
                    warnings.add(new UrlWarning(UrlWarning.UNMATCHED_BRACKET, located("Your URL pattern "
                            + pattern.describe() + " has an unmatched '" + bracket + "' bracket.", node), List.of(joined)));
                }
            }
            if (node instanceof Node.Mount mount) {
                if (pattern.regex() && regex.endsWith("$") && !regex.endsWith("\\$")) {
                    warnings.add(new UrlWarning(UrlWarning.INCLUDE_WITH_DOLLAR, located("Your URL pattern "
                            + pattern.describe() + " uses include with a route ending with a '$'. Remove the dollar"
                            + " from the route to avoid problems including URLs.", node), List.of(joined)));
                }
                check(mount.children(), joined, warnings);
            }
        }
    }
}
