package dev.hotclub.db;

/**
 * The database cannot do what the query asks (Django's {@code NotSupportedError}): {@code contains} on a JSONField
 * on SQLite, whose JSON1 functions have no containment.
 */
public class NotSupportedError extends DatabaseError {
    public NotSupportedError(String message) {
        super(message, null);
    }
}
