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
import java.util.List;
import java.util.Map;

/**
 * The connection a thread holds on each database while inside {@code atomic} (or a test's transaction): outside,
 * every statement borrows a pooled connection in autocommit mode and gives it back.
 */
public final class ConnectionScope {
    private static final ThreadLocal<Map<String, Held>> HELD = ThreadLocal.withInitial(HashMap::new);

    /** A connection held by this thread with its open savepoints and pending on-commit callbacks. */
    public static final class Held {
        final Connection connection;
        final Deque<Savepoint> savepoints = new ArrayDeque<>();
        final List<Map.Entry<Integer, Runnable>> onCommit = new ArrayList<>();
        final boolean test;
        int depth;

        Held(Connection connection, boolean test) {
            this.connection = connection;
            this.test = test;
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
                Connection connection = borrow(Databases.get(alias));
                connection.setAutoCommit(false);
                held = new Held(connection, test);
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
                held.connection.close();
            }
        } catch (SQLException e) {
            throw Errors.translate(e, null, null);
        }
        toRun.forEach(Runnable::run);
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
