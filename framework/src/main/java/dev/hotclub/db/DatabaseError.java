package dev.hotclub.db;

/** Any error the database reported (Django's {@code DatabaseError}); the subclasses say which kind. */
public class DatabaseError extends RuntimeException {
    public DatabaseError(String message, Throwable cause) {
        super(message, cause);
    }
}
