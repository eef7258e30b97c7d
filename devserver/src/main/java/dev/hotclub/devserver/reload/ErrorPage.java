package dev.hotclub.devserver.reload;

import static dev.hotclub.http.Html.escape;

import dev.hotclub.devserver.compile.SourceProblem;
import java.nio.file.Path;
import java.util.List;

/**
 * The page every request gets while the sources do not compile or the project does not build: each
 * error's file, line, column and message, with the source lines around it. Everything that comes from
 * the sources or the request is HTML-escaped.
 */
public final class ErrorPage {

    private ErrorPage() {
    }

    public static String render(ReloadFailure failure, Path projectDir, String requestPath) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .append("<meta name=\"robots\" content=\"NONE,NOARCHIVE\">\n<title>")
            .append(escape(failure.title())).append(" at ").append(escape(requestPath)).append("</title>\n")
            .append("<style>body{font:small sans-serif;margin:0}header{background:#ffc;padding:10px 20px;"
                + "border-bottom:1px solid #ddd}h1{font-weight:normal;margin:0 0 .4em}section{padding:10px 20px}"
                + "pre{font-size:1.1em;margin:0}.problem{margin-bottom:1.5em}.where{font-family:monospace;color:#555}"
                + ".message{background:#fee;padding:6px;white-space:pre-wrap}table.source{border-collapse:collapse;"
                + "font-family:monospace;margin-top:6px}table.source td{padding:0 8px;white-space:pre}"
                + "tr.error{background:#fcc}td.line{color:#777;text-align:right}</style>\n")
            .append("</head>\n<body>\n<header>\n<h1>").append(escape(failure.title())).append(" at ")
            .append(escape(requestPath)).append("</h1>\n<p>The dev server keeps running and reloads by itself"
                + " at the next good save.</p>\n</header>\n<section>\n");
        for (SourceProblem problem : failure.problems()) {
            html.append("<div class=\"problem\">\n");
            String where = problem.location(projectDir);
            if (!where.isEmpty()) {
                html.append("<div class=\"where\">").append(escape(where)).append("</div>\n");
            }
            html.append("<pre class=\"message\">").append(escape(problem.message())).append("</pre>\n");
            appendExcerpt(html, problem);
            html.append("</div>\n");
        }
        if (!failure.stackTrace().isEmpty()) {
            html.append("<h2>Traceback</h2>\n<pre class=\"traceback\">").append(escape(failure.stackTrace())).append("</pre>\n");
        }
        html.append("</section>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void appendExcerpt(StringBuilder html, SourceProblem problem) {
        List<String> lines = problem.excerpt().lines();
        if (lines.isEmpty()) {
            return;
        }
        html.append("<table class=\"source\">\n");
        long number = problem.excerpt().firstLine();
        for (String line : lines) {
            boolean isError = number == problem.line();
            html.append(isError ? "<tr class=\"error\">" : "<tr>")
                .append("<td class=\"line\">").append(number).append("</td><td>").append(escape(line)).append("</td></tr>\n");
            if (isError && problem.column() > 0) {
                html.append("<tr class=\"caret\"><td></td><td>").append(" ".repeat((int) problem.column() - 1))
                    .append("^</td></tr>\n");
            }
            number++;
        }
        html.append("</table>\n");
    }
}
