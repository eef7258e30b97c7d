package dev.hotclub.handlers.internal.errorpages;

import static dev.hotclub.http.Html.escape;

import dev.hotclub.http.HttpRequest;
import java.util.List;

/**
 * The debug 404 page (Django's {@code technical_404.html}): the patterns tried, in order, and the path that
 * matched none of them; or, for an {@code Http404} raised by a view, the view's message.
 */
final class TechnicalNotFoundPage {
    /** What raised an Http404 before any view was chosen. */
    static final String MIDDLEWARE = "middleware";

    private TechnicalNotFoundPage() {
    }

    /**
     * @param tried        each pattern tried, as the routes from the outermost include to the leaf, the
     *                     leaf's name last if it has one; empty for an Http404 raised by a view
     * @param raisedBy     the view that raised Http404, {@link #MIDDLEWARE}, or {@code null} when no pattern matched
     * @param reason       the Http404's message, or {@code null}
     */
    static String html(HttpRequest request, String urlConfOrigin, List<String> tried, String raisedBy, String reason) {
        String path = request.path();
        StringBuilder out = new StringBuilder(PageStyle.head("Page not found at " + path));
        out.append("<div id=\"summary\">\n<h1>Page not found <span>(404)</span></h1>\n");
        if (reason != null) {
            out.append("<pre class=\"exception_value\">").append(escape(reason)).append("</pre>\n");
        }
        out.append("<table class=\"meta\">\n<tr><th>Request Method:</th><td>").append(escape(request.method()))
                .append("</td></tr>\n<tr><th>Request URL:</th><td>")
                .append(escape(request.scheme() + "://" + request.rawHost() + request.fullPath())).append("</td></tr>\n");
        if (raisedBy != null) {
            out.append("<tr><th>Raised by:</th><td>").append(escape(raisedBy)).append("</td></tr>\n");
        }
        out.append("</table>\n</div>\n<div id=\"info\">\n");
        if (raisedBy == null) {
            out.append("<p>Using the URLconf defined in <code>").append(escape(urlConfOrigin))
                    .append("</code>, Hotclub tried these URL patterns, in this order:</p>\n<ol>\n");
            for (String pattern : tried) {
                out.append("<li>").append(escape(pattern)).append("</li>\n");
            }
            out.append("</ol>\n<p>");
            String shown = path.substring(1);
            if (shown.isEmpty()) {
                out.append("The empty path didn't match any of these.");
            } else {
                out.append("The current path, <code>").append(escape(shown)).append("</code>, didn't match any of these.");
            }
            out.append("</p>\n");
        } else {
            out.append(raisedBy.equals(MIDDLEWARE) ? "<p>A middleware"
                            : "<p>The view <code>" + escape(raisedBy) + "</code>").append(" raised Http404")
                    .append(reason == null ? "." : ": " + escape(reason)).append("</p>\n");
        }
        out.append("</div>\n");
        return out.append(PageStyle.debugFooter("404")).toString();
    }
}
