package dev.hotclub.handlers.internal.errorpages;

import static dev.hotclub.http.Html.escape;

import dev.hotclub.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The "Request information" tables of the debug 500 page (Django's): query, form fields, cookies and headers,
 * with the values of anything that looks like a secret hidden, as Django's {@code SafeExceptionReporterFilter}.
 */
final class RequestInformation {
    private static final Pattern SENSITIVE = Pattern.compile("API|TOKEN|KEY|SECRET|PASS|SIGNATURE|AUTH|COOKIE|SESSION|CSRF",
            Pattern.CASE_INSENSITIVE);
    static final String HIDDEN = "********************";

    private RequestInformation() {
    }

    static void append(StringBuilder out, HttpRequest request) {
        out.append("<div id=\"requestinfo\">\n<h2>Request information</h2>\n");
        try {
            table(out, "GET", request.GET().lists());
            table(out, "POST", request.POST().lists());
        } catch (RuntimeException unreadable) {
            // The form itself may be what failed (too many fields): the page must still show.
            out.append("<p>The query or form could not be read: ").append(escape(unreadable.getMessage())).append("</p>\n");
        }
        table(out, "COOKIES", request.cookies().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue()),
                        (a, b) -> b, LinkedHashMap::new)));
        table(out, "Headers", request.headers().map());
        out.append("</div>\n");
    }

    private static void table(StringBuilder out, String title, Map<String, List<String>> values) {
        out.append("<h3>").append(escape(title)).append("</h3>\n");
        if (values.isEmpty()) {
            out.append("<p>No ").append(escape(title)).append(" data</p>\n");
            return;
        }
        out.append("<table class=\"req\">\n<thead><tr><th>Variable</th><td>Value</td></tr></thead>\n<tbody>\n");
        values.forEach((name, list) -> {
            String shown = SENSITIVE.matcher(name).find() ? HIDDEN : String.join(", ", list);
            out.append("<tr><th>").append(escape(name)).append("</th><td><pre>").append(escape(shown))
                    .append("</pre></td></tr>\n");
        });
        out.append("</tbody>\n</table>\n");
    }
}
