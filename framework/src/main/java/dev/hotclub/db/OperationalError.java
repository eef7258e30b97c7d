package dev.hotclub.db;

/** The database could not do the operation (unreachable, locked, out of resources): Django's {@code OperationalError}. */
public class OperationalError extends DatabaseError {
    public OperationalError(String message, Throwable cause) {
        super(message, cause);
    }
}
