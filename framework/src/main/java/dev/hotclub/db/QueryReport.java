package dev.hotclub.db;

import dev.hotclub.http.HttpRequest;
import dev.hotclub.http.HttpResponse;
import dev.hotclub.http.Middleware;
import dev.hotclub.http.RequestLogNote;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * For DEBUG: each request that used the database has its query count and time at the end of its request log line
 * (a {@link RequestLogNote}), and a warning when the same statement ran several times (the N+1 pattern) names the
 * line of the project's code that ran it first and what to do:
 *
 * <pre>
 * [06/Dec/2026 10:14:03] "GET /polls/ HTTP/1.1" 200 1432 (8 queries, 3.1 ms)
 * [db] N+1: the same query ran 7 times in GET /polls/, first at polls.Views.index(Views.java:23):
 *      SELECT t0."id", ... FROM "polls_question" t0 WHERE t0."id" = ? -- selectRelated(...) or prefetchRelated(...) would make it one
 * </pre>
 */
public final class QueryReport implements Middleware {
    private static final Set<String> FRAMEWORK = Set.of("dev.hotclub.db", "dev.hotclub.db.models", "dev.hotclub.db.internal",
            "dev.hotclub.db.models.internal", "dev.hotclub.http", "dev.hotclub.server", "dev.hotclub.server.internal",
            "dev.hotclub.project", "dev.hotclub.project.internal", "dev.hotclub.middleware", "dev.hotclub.middleware.internal",
            "dev.hotclub.urls", "dev.hotclub.urls.internal", "dev.hotclub.test", "dev.hotclub.templates",
            "dev.hotclub.templates.internal");

    private final int threshold;
    private final Consumer<String> out;

    /** Warns from 3 runs of one statement, on standard error (the count and time go to the request log). */
    public QueryReport() {
        this(3, line -> System.err.println(line)); // the stream of the moment, not the one when the project was built
    }

    public QueryReport(int threshold, Consumer<String> out) {
        this.threshold = threshold;
        this.out = out;
    }

    @Override
    public HttpResponse process(HttpRequest request, Next next) throws Exception {
        try (QueryLog.Capture capture = QueryLog.capture(QueryReport::callerLine)) {
            HttpResponse response = next.proceed(request);
            if (capture.count() > 0) {
                String what = request.method() + " " + request.path();
                RequestLogNote.add(request, String.format(Locale.ROOT, "%d quer%s, %.1f ms", capture.count(),
                        capture.count() == 1 ? "y" : "ies", capture.totalNanos() / 1e6));
                Map<String, int[]> runs = new LinkedHashMap<>();
                Map<String, String> firstSite = new LinkedHashMap<>();
                for (QueryLog.Executed q : capture.queries()) {
                    runs.computeIfAbsent(q.sql(), k -> new int[1])[0]++;
                    firstSite.putIfAbsent(q.sql(), q.site());
                }
                runs.forEach((sql, n) -> {
                    if (n[0] >= threshold) {
                        out.accept("[db] N+1: the same query ran " + n[0] + " times in " + what + ", first at "
                                + firstSite.get(sql) + ":\n     " + sql
                                + " -- selectRelated(...) or prefetchRelated(...) would make it one");
                    }
                });
            }
            return response;
        }
    }

    /** The first frame outside the framework, JDK and drivers: the project's line that ran the query. */
    static String callerLine() {
        return StackWalker.getInstance().walk(frames -> frames
                .filter(f -> {
                    String cls = f.getClassName();
                    int dot = cls.lastIndexOf('.');
                    String pkg = dot < 0 ? "" : cls.substring(0, dot);
                    return !FRAMEWORK.contains(pkg) && !cls.startsWith("java.") && !cls.startsWith("jdk.")
                            && !cls.startsWith("sun.") && !cls.startsWith("io.undertow.") && !cls.startsWith("org.jboss.")
                            && !cls.startsWith("com.zaxxer.") && !cls.startsWith("org.sqlite.") && !cls.startsWith("org.postgresql.");
                })
                .findFirst()
                .map(f -> f.getClassName() + "." + f.getMethodName() + "(" + f.getFileName() + ":" + f.getLineNumber() + ")")
                .orElse("(unknown)"));
    }
}
