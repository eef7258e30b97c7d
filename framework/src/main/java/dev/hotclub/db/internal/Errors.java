package dev.hotclub.db.internal;

import dev.hotclub.db.DataError;
import dev.hotclub.db.DatabaseError;
import dev.hotclub.db.IntegrityError;
import dev.hotclub.db.OperationalError;
import dev.hotclub.db.ProgrammingError;
import java.sql.SQLException;
import org.sqlite.SQLiteException;

/** Turns a driver's SQLException into Django's typed errors, naming the model the statement was for. */
public final class Errors {
    private Errors() {
    }

    /** {@code modelLabel} ({@code polls.Question}) and {@code sql} may be null. */
    public static DatabaseError translate(SQLException e, String modelLabel, String sql) {
        String message = (modelLabel != null ? modelLabel + ": " : "") + clean(e.getMessage());
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (e instanceof SQLiteException lite) {
            int code = lite.getResultCode().code & 0xff;
            return switch (code) {
                case 19 -> new IntegrityError(message, e);          // SQLITE_CONSTRAINT
                case 18, 20, 25 -> new DataError(message, e);       // TOOBIG, MISMATCH, RANGE
                case 1 -> new ProgrammingError(message, e);         // SQL error or missing table/column
                default -> new OperationalError(message, e);       // BUSY, LOCKED, IOERR, CANTOPEN...
            };
        }
        if (state.startsWith("23")) {
            return new IntegrityError(message, e);
        }
        if (state.startsWith("22")) {
            return new DataError(message, e);
        }
        if (state.startsWith("42")) {
            return new ProgrammingError(message, e);
        }
        if (state.startsWith("08") || state.startsWith("53") || state.startsWith("57") || state.startsWith("40")) {
            return new OperationalError(message, e);
        }
        return new DatabaseError(message, e);
    }

    private static String clean(String message) {
        if (message == null) {
            return "";
        }
        // sqlite-jdbc: "[SQLITE_CONSTRAINT_UNIQUE] A UNIQUE constraint failed (UNIQUE constraint failed: t.c)"
        int open = message.indexOf(" (");
        if (message.startsWith("[SQLITE_") && open > 0 && message.endsWith(")")) {
            return message.substring(open + 2, message.length() - 1);
        }
        return message.replace("\n", " ");
    }
}
