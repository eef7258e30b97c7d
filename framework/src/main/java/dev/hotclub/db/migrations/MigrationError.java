package dev.hotclub.db.migrations;

/** A migration that cannot be loaded, planned or applied; the message says which one and what to do. */
public class MigrationError extends RuntimeException {
    public MigrationError(String message) {
        super(message);
    }

    public MigrationError(String message, Throwable cause) {
        super(message, cause);
    }
}
