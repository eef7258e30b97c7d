package dev.hotclub.db;

import java.util.ArrayList;
import java.util.List;

/**
 * The statements the current thread runs, for tests ({@code assertNumQueries}) and for the dev server's request
 * log. Capturing costs nothing when nobody captures.
 *
 * <pre>{@code
 * try (QueryLog.Capture queries = QueryLog.capture()) {
 *     Question.objects.filter("pubDate__year", 2024).count();
 *     assertEquals(1, queries.count());
 * }
 * }</pre>
 */
public final class QueryLog {
    private static final ThreadLocal<Capture> CURRENT = new ThreadLocal<>();

    /** One statement that ran: its SQL (with {@code ?} for each bound value) and how long it took. */
    public record Executed(String sql, long nanos, String site) {
    }

    private QueryLog() {
    }

    public static Capture capture() {
        return capture(null);
    }

    /** A capture that also records, for each statement, where it was run from ({@code site}, called per statement). */
    public static Capture capture(java.util.function.Supplier<String> site) {
        Capture capture = new Capture(CURRENT.get(), site);
        CURRENT.set(capture);
        return capture;
    }

    /** Called by the ORM for each statement. */
    public static void record(String sql, long nanos) {
        for (Capture c = CURRENT.get(); c != null; c = c.outer) {
            c.queries.add(new Executed(sql, nanos, c.site == null ? null : c.site.get()));
        }
    }

    /** The statements run since {@link #capture()} on this thread, until closed. */
    public static final class Capture implements AutoCloseable {
        private final Capture outer;
        private final java.util.function.Supplier<String> site;
        private final List<Executed> queries = new ArrayList<>();

        private Capture(Capture outer, java.util.function.Supplier<String> site) {
            this.outer = outer;
            this.site = site;
        }

        public int count() {
            return queries.size();
        }

        public List<Executed> queries() {
            return List.copyOf(queries);
        }

        public long totalNanos() {
            return queries.stream().mapToLong(Executed::nanos).sum();
        }

        @Override
        public void close() {
            CURRENT.set(outer);
        }
    }
}
