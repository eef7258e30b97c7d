package dev.hotclub.db;

/** A value did not fit its column (too long, out of range, wrong type): Django's {@code DataError}. */
public class DataError extends DatabaseError {
    public DataError(String message, Throwable cause) {
        super(message, cause);
    }
}
