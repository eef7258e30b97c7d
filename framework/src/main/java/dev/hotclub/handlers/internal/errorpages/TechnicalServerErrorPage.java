package dev.hotclub.handlers.internal.errorpages;

import dev.hotclub.utils.RepeatedFrames;
import static dev.hotclub.http.Html.escape;

import dev.hotclub.http.HttpRequest;
import dev.hotclub.urls.CurrentResolver;
import dev.hotclub.templates.TemplateError;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The debug 500 page (Django's {@code technical_500.html}): the exception, its message, where it was thrown in
 * the user's code, a template error's name and line, and the stack trace with the user's own source lines.
 */
final class TechnicalServerErrorPage {
    private static final int CONTEXT_LINES = 5;

    private TechnicalServerErrorPage() {
    }

    static String html(HttpRequest request, Throwable error, SourceFiles sources, Optional<String> templateSource) {
        Throwable subject = headline(error);
        String type = subject.getClass().getName();
        StringBuilder out = new StringBuilder(PageStyle.head(subject.getClass().getSimpleName() + " at " + request.path()));
        out.append("<div id=\"summary\">\n<h1>").append(escape(type)).append(" <span>at ")
                .append(escape(request.path())).append("</span></h1>\n<pre class=\"exception_value\">")
                .append(escape(String.valueOf(subject.getMessage()))).append("</pre>\n<table class=\"meta\">\n");
        row(out, "Request Method:", request.method());
        row(out, "Request URL:", request.scheme() + "://" + request.rawHost() + request.fullPath());
        row(out, "Exception Type:", type);
        row(out, "Exception Value:", String.valueOf(subject.getMessage()));
        // Django shows "file, line N, in function": no class loader or module prefix here, only what the user wrote.
        firstUserFrame(subject).ifPresent(f -> row(out, "Exception Location:", method(f) + "(" + place(f) + ")"));
        row(out, "Java Version:", Runtime.version().toString());
        out.append("</table>\n</div>\n");
        if (error instanceof TemplateError te) {
            templateSection(out, te, templateSource);
        }
        out.append("<div id=\"traceback\">\n<h2>Traceback</h2>\n");
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = error; t != null && seen.put(t, true) == null; t = t.getCause()) {
            if (t != error) {
                out.append("<h3>Caused by: ").append(escape(t.getClass().getName())).append(": ")
                        .append(escape(String.valueOf(t.getMessage()))).append("</h3>\n");
            }
            out.append("<ul class=\"traceback\">\n");
            StackTraceElement[] frames = t.getStackTrace();
            int shown = 0;
            // Frames below the request scope are the server's own machinery (Undertow, the test client).
            while (shown < frames.length && !isScopeEntry(frames[shown])) {
                shown++;
            }
            for (RepeatedFrames.Line line : RepeatedFrames.fold(Arrays.asList(frames).subList(0, shown))) {
                if (line instanceof RepeatedFrames.Frame f) {
                    frame(out, f.frame(), sources);
                } else {
                    out.append("<li class=\"frame\">").append(escape(((RepeatedFrames.Repeated) line).text())).append("</li>\n");
                }
            }
            if (shown < frames.length) {
                out.append("<li class=\"frame\">... ").append(frames.length - shown).append(" frames of the server</li>\n");
            }
            out.append("</ul>\n");
        }
        out.append("</div>\n");
        RequestInformation.append(out, request);
        return out.append(PageStyle.debugFooter("500")).toString();
    }

    /**
     * The exception the page is about: for a template that called Java code which threw ({@code url()} and its
     * {@code NoReverseMatch}), that exception, as Django shows it; the template's name and line follow below.
     */
    private static Throwable headline(Throwable error) {
        return error instanceof TemplateError te && te.raised() != null ? te.raised() : error;
    }

    private static boolean isScopeEntry(StackTraceElement frame) {
        return frame.getClassName().equals(CurrentResolver.class.getName());
    }

    private static void templateSection(StringBuilder out, TemplateError te, Optional<String> source) {
        out.append("<div id=\"template\">\n<h2>Error during template rendering</h2>\n<p>In template <code>")
                .append(escape(te.templateName())).append("</code>, error at line <b>").append(te.line())
                .append("</b>, column ").append(te.column()).append("</p>\n<pre class=\"exception_value\">")
                .append(escape(te.detail())).append("</pre>\n");
        source.ifPresent(text -> sourceLines(out, text.lines().toList(), te.line()));
        out.append("</div>\n");
    }

    private static void frame(StringBuilder out, StackTraceElement frame, SourceFiles sources) {
        out.append("<li class=\"frame\"><code>").append(escape(method(frame))).append("</code> (")
                .append(escape(place(frame))).append(")");
        sources.linesOf(frame).ifPresent(lines -> sourceLines(out, lines, frame.getLineNumber()));
        out.append("</li>\n");
    }

    /** The frame's class and method, without the class loader or module {@code toString()} puts in front. */
    private static String method(StackTraceElement frame) {
        return frame.getClassName() + "." + frame.getMethodName();
    }

    /** {@code Views.java:45}, or {@code Unknown Source} for a class compiled without its file name. */
    private static String place(StackTraceElement frame) {
        return frame.getFileName() == null ? "Unknown Source" : frame.getFileName() + ":" + frame.getLineNumber();
    }

    private static void sourceLines(StringBuilder out, List<String> lines, int line) {
        if (line <= 0 || line > lines.size()) {
            return;
        }
        out.append("\n<ol class=\"source\" start=\"").append(Math.max(1, line - CONTEXT_LINES)).append("\">\n");
        for (int i = Math.max(1, line - CONTEXT_LINES); i <= Math.min(lines.size(), line + CONTEXT_LINES); i++) {
            out.append(i == line ? "<li class=\"here\"><pre>" : "<li><pre>").append(escape(lines.get(i - 1)))
                    .append("</pre></li>\n");
        }
        out.append("</ol>\n");
    }

    private static Optional<StackTraceElement> firstUserFrame(Throwable error) {
        for (StackTraceElement frame : error.getStackTrace()) {
            if (SourceFiles.isUserFrame(frame)) {
                return Optional.of(frame);
            }
        }
        return Optional.empty();
    }

    private static void row(StringBuilder out, String name, String value) {
        out.append("<tr><th>").append(escape(name)).append("</th><td><pre>").append(escape(value))
                .append("</pre></td></tr>\n");
    }
}
