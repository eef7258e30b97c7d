package dev.hotclub.db.internal;

import dev.hotclub.db.Database;
import dev.hotclub.db.Databases;
import dev.hotclub.db.OperationalError;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The connection a thread holds on each database while inside {@code atomic} (or a test's transaction), and the
 * one a request keeps (as Django keeps one connection per thread for a request): a request's first statement on a
 * database borrows a pooled connection and gives it back, as outside a request; its second borrows one and keeps
 * it, in autocommit mode, for every later statement and atomic block of the request, until the request ends
 * ({@link #requestStarted()}, {@link #requestFinished()}, called by the handler). So a request of one statement
 * holds a connection only while that statement runs, not while its page is made (a 16-thread server on a pool of
 * 10 would queue at the pool), and a request of twenty borrows twice, not twenty times.
 * Outside a request and outside {@code atomic} every statement borrows a pooled connection and gives it back.
 */
public final class ConnectionScope {
    private static final ThreadLocal<Map<String, Held>> HELD = ThreadLocal.withInitial(HashMap::new);
    // One per thread, reused from request to request: starting and ending a request that runs no statement (every
    // request of a project without a database) is a counter, with nothing allocated and no thread-local set.
    private static final ThreadLocal<RequestConnections> REQUEST = ThreadLocal.withInitial(RequestConnections::new);

    /**
     * The connections the thread's current request borrowed, by database alias; nested requests share the
     * outermost's. {@code depth} 0: no request on this thread.
     */
    private static final class RequestConnections {
        private Map<String, Connection> borrowed;
        /** The databases the request ran a statement on without keeping a connection (its first). */
        private Set<String> used;
        int depth;

        boolean inRequest() {
            return depth > 0;
        }

        /** The connection kept for {@code alias}: null for the request's first statement there, which borrows its own. */
        Connection forStatement(String alias) {
            Connection connection = borrowed == null ? null : borrowed.get(alias);
            if (connection != null) {
                return connection;
            }
            if (used == null) {
                used = new HashSet<>(4);
            }
            return used.add(alias) ? null : connection(alias);
        }

        Connection connection(String alias) {
            if (borrowed == null) {
                borrowed = new HashMap<>(4);
            }
            Connection connection = borrowed.get(alias);
            if (connection == null) {
                connection = borrow(Databases.get(alias));
                borrowed.put(alias, connection);
            }
            return connection;
        }

        /** What the request borrowed (null: nothing), forgotten here for the thread's next request. */
        Map<String, Connection> end() {
            Map<String, Connection> ended = borrowed;
            borrowed = null;
            used = null;
            return ended;
        }
    }

    /** A connection held by this thread with its open savepoints and pending on-commit callbacks. */
    public static final class Held {
        final Connection connection;
        final Deque<Savepoint> savepoints = new ArrayDeque<>();
        final List<Map.Entry<Integer, Runnable>> onCommit = new ArrayList<>();
        final boolean test;
        /** Whether leaving the outermost block gives the connection back (false: the request's, kept for it). */
        boolean owned;
        int depth;

        Held(Connection connection, boolean test, boolean owned) {
            this.connection = connection;
            this.test = test;
            this.owned = owned;
        }
    }

    private ConnectionScope() {
    }

    static Held held(String alias) {
        return HELD.get().get(alias);
    }

    /** Runs {@code work} on the thread's held connection, or on a pooled one borrowed for it. */
    public static <T> T withConnection(String alias, SqlWork<T> work) {
        Held held = held(alias);
        if (held != null) {
            return run(work, held.connection);
        }
        RequestConnections request = REQUEST.get();
        Connection kept = request.inRequest() ? request.forStatement(alias) : null;
        if (kept != null) {
            return run(work, kept);
        }
        Database database = Databases.get(alias);
        try (Connection connection = borrow(database)) {
            return run(work, connection);
        } catch (SQLException e) {
            throw Errors.translate(e, null, null);
        }
    }

    /** A connection from the pool, whose failure is one line naming the database (its password hidden). */
    public static Connection borrow(Database database) {
        try {
            return database.dataSource().getConnection();
        } catch (SQLException e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            throw new OperationalError("Cannot reach the database '" + database.alias() + "' at "
                    + database.url().display() + ": " + root.getMessage(), e);
        }
    }

    private static <T> T run(SqlWork<T> work, Connection connection) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw Errors.translate(e, null, null);
        }
    }

    /** Enters an atomic block: the outermost takes a connection and starts a transaction, inner ones a savepoint. */
    public static void enter(String alias, boolean test) {
        Held held = held(alias);
        try {
            if (held == null) {
                // The request's connection, outside the test database's transaction; else one of its own.
                boolean requests = !test && REQUEST.get().inRequest();
                Connection connection = requests ? REQUEST.get().connection(alias) : borrow(Databases.get(alias));
                connection.setAutoCommit(false);
                held = new Held(connection, test, !requests);
                HELD.get().put(alias, held);
            } else {
                held.savepoints.push(held.connection.setSavepoint());
            }
            held.depth++;
        } catch (SQLException e) {
            throw Errors.translate(e, null, null);
        }
    }

    /** Leaves the innermost atomic block, committing (or releasing its savepoint) or rolling it back. */
    public static void exit(String alias, boolean commit) {
        Held held = held(alias);
        List<Runnable> toRun = new ArrayList<>();
        try {
            held.depth--;
            if (held.depth > 0) {
                Savepoint savepoint = held.savepoints.pop();
                if (commit) {
                    held.connection.releaseSavepoint(savepoint);
                } else {
                    held.connection.rollback(savepoint);
                    held.onCommit.removeIf(e -> e.getKey() > held.depth);
                }
                return;
            }
            try {
                if (commit && !held.test) {
                    held.connection.commit();
                    held.onCommit.forEach(e -> toRun.add(e.getValue()));
                } else {
                    held.connection.rollback();
                }
            } finally {
                HELD.get().remove(alias);
                held.connection.setAutoCommit(true);
                if (held.owned) {
                    held.connection.close();
                }
            }
        } catch (SQLException e) {
            throw Errors.translate(e, null, null);
        }
        toRun.forEach(Runnable::run);
    }

    /**
     * A request starts on this thread: from its second statement on a database, its statements share one connection
     * there (Django's connection per thread, opened lazily). A request served inside another (a view calling the
     * test client) shares the outer one's.
     */
    public static void requestStarted() {
        REQUEST.get().depth++;
    }

    /**
     * The request ends: the connections it borrowed go back to the pool. One still in an atomic block (a stream's
     * cursor read after the response) goes back when that block ends instead.
     */
    public static void requestFinished() {
        RequestConnections request = REQUEST.get();
        if (!request.inRequest() || --request.depth > 0) {
            return;
        }
        Map<String, Connection> ended = request.end();
        if (ended == null) {
            return;
        }
        for (Map.Entry<String, Connection> borrowed : ended.entrySet()) {
            Held held = held(borrowed.getKey());
            if (held != null && held.connection == borrowed.getValue()) {
                held.owned = true;
                continue;
            }
            try {
                borrowed.getValue().close();
            } catch (SQLException e) {
                // The pool closes a connection it cannot take back; the request has its response already.
            }
        }
    }

    /** Django's {@code on_commit}: later if in a transaction (dropped if it rolls back), now if not. */
    public static void onCommit(String alias, Runnable callback) {
        Held held = held(alias);
        if (held == null) {
            callback.run();
        } else {
            held.onCommit.add(Map.entry(held.depth, callback));
        }
    }

    public static boolean inAtomicBlock(String alias) {
        Held held = held(alias);
        return held != null && (held.depth > 1 || !held.test);
    }

    /** Work on a JDBC connection. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
