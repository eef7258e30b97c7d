package dev.hotclub.templates.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Django template tags ({@code {% url 'polls:detail' question.id %}}) in a FreeMarker template, where
 * they would be served as text, and says what to write instead. The engine prints the warning once for each
 * version of a template.
 */
public final class DjangoSyntaxCheck {
    private static final Pattern TAG = Pattern.compile("\\{%-?\\s*(\\w*)\\s*(.*?)\\s*-?%}");
    private static final Pattern ARGUMENT = Pattern.compile("'[^']*'|\"[^\"]*\"|\\S+");

    private DjangoSyntaxCheck() {
    }

    /** The warning for {@code source}, the text of template {@code name}, or empty when it holds no Django tag. */
    public static Optional<String> warning(String name, String source) {
        Matcher m = TAG.matcher(source);
        if (!m.find()) {
            return Optional.empty();
        }
        int line = 1 + (int) source.substring(0, m.start()).chars().filter(c -> c == '\n').count();
        String first = m.group();
        String advice = equivalent(m.group(1), m.group(2));
        int more = 0;
        while (m.find()) {
            more++;
        }
        return Optional.of("Template " + name + ", line " + line + ": " + first + " is Django template syntax,"
                + " which FreeMarker serves as text.\n  In FreeMarker: " + advice
                + (more == 0 ? "" : "\n  This template holds " + more + " more Django tag" + (more == 1 ? "" : "s") + ".")
                + "\n  docs/HTTP.md (Templates) lists the FreeMarker equivalent of each Django tag.");
    }

    /**
     * The warning as a banner at the top of the page (appended after the page's HTML, fixed at the top of the
     * window, so the page's own markup is untouched): for debug mode, where the developer looks at the page.
     */
    public static String banner(String warning) {
        return "\n<div data-hotclub-warning style=\"position:fixed;top:0;left:0;right:0;z-index:2147483647;"
                + "background:#ffc;color:#000;border-bottom:1px solid #cc9;padding:8px 12px;font:13px/1.4 monospace;"
                + "white-space:pre-wrap\">" + dev.hotclub.http.Html.escape(warning) + "</div>\n";
    }

    /** What to write in FreeMarker for the Django tag {@code tag} with its {@code rest}. */
    static String equivalent(String tag, String rest) {
        List<String> args = arguments(rest);
        return switch (tag) {
            case "url" -> "${url(" + urlArguments(args) + ")}";
            case "static" -> "${static(" + (args.isEmpty() ? "'path'" : quoted(args.get(0))) + ")}";
            case "load" -> "nothing: url() and static() are in every template; delete the {% load %}";
            case "csrf_token" -> "${csrf_token}";
            case "if" -> "<#if " + condition(rest) + ">";
            case "elif" -> "<#elseif " + condition(rest) + ">";
            case "else" -> "<#else>";
            case "endif" -> "</#if>";
            case "for" -> forLoop(args);
            case "empty" -> "<#else> (inside <#list>, before </#list>)";
            case "endfor" -> "</#list>";
            case "include" -> "<#include " + (args.isEmpty() ? "\"name.html\"" : doubleQuoted(args.get(0))) + ">";
            case "extends", "block", "endblock" -> "a layout macro: in base.html <#macro page>...<#nested>...</#macro>,"
                    + " and in the page <#import \"base.html\" as layout><@layout.page>...</@layout.page>";
            case "with" -> "<#assign name=value>";
            case "comment", "endcomment" -> "<#-- ... -->";
            default -> "see the directives of FreeMarker's manual,"
                    + " https://freemarker.apache.org/docs/ref_directives.html";
        };
    }

    private static List<String> arguments(String rest) {
        List<String> out = new ArrayList<>();
        Matcher m = ARGUMENT.matcher(rest);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static String urlArguments(List<String> args) {
        int end = args.indexOf("as") >= 0 ? args.indexOf("as") : args.size();
        List<String> values = args.subList(Math.min(1, end), end);
        String name = args.isEmpty() ? "'app:name'" : quoted(args.get(0));
        if (values.stream().anyMatch(v -> v.contains("=") && !v.startsWith("'") && !v.startsWith("\""))) {
            List<String> pairs = values.stream().map(v -> {
                int eq = v.indexOf('=');
                return eq < 0 ? v : "'" + v.substring(0, eq) + "': " + v.substring(eq + 1);
            }).toList();
            return name + ", {" + String.join(", ", pairs) + "}";
        }
        return values.isEmpty() ? name : name + ", " + String.join(", ", values);
    }

    private static String forLoop(List<String> args) {
        int in = args.indexOf("in");
        if (in <= 0 || in + 1 >= args.size()) {
            return "<#list items as item>";
        }
        return "<#list " + args.get(in + 1) + " as " + String.join("", args.subList(0, in)) + ">";
    }

    /**
     * Django's condition in FreeMarker. A bare value is tested as Django tests it: an empty list, an empty text and
     * a missing value are false, which FreeMarker's {@code ?has_content} says ({@code <#if articles>} fails on a
     * list: FreeMarker's #if takes booleans only). Comparisons are kept, with {@code None} as {@code null}.
     */
    private static String condition(String rest) {
        List<String> out = new ArrayList<>();
        for (String orPart : rest.strip().split("\\s+or\\s+")) {
            List<String> ands = new ArrayList<>();
            for (String operand : orPart.split("\\s+and\\s+")) {
                ands.add(operand(operand.strip()));
            }
            out.add(String.join(" && ", ands));
        }
        return String.join(" || ", out);
    }

    private static String operand(String operand) {
        boolean negated = operand.startsWith("not ");
        String value = negated ? operand.substring(4).strip() : operand;
        String test = BARE_VALUE.matcher(value).matches() && !LITERALS.contains(value) ? value + "?has_content"
                : value.replaceAll("\\bNone\\b", "null").replaceAll("\\bTrue\\b", "true").replaceAll("\\bFalse\\b", "false");
        return negated ? "!" + (test.contains(" ") ? "(" + test + ")" : test) : test;
    }

    private static final Pattern BARE_VALUE = Pattern.compile("[A-Za-z_][\\w.]*");
    private static final List<String> LITERALS = List.of("True", "False", "None");

    private static String quoted(String arg) {
        return arg.startsWith("\"") && arg.endsWith("\"") ? "'" + arg.substring(1, arg.length() - 1) + "'" : arg;
    }

    private static String doubleQuoted(String arg) {
        return arg.startsWith("'") && arg.endsWith("'") ? "\"" + arg.substring(1, arg.length() - 1) + "\"" : arg;
    }
}
