package dev.hotclub.db;

/** The SQL itself was refused, e.g. a missing table or column (usually a migration not applied): Django's {@code ProgrammingError}. */
public class ProgrammingError extends DatabaseError {
    public ProgrammingError(String message, Throwable cause) {
        super(message, cause);
    }
}
