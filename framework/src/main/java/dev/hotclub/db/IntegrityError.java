package dev.hotclub.db;

/** A constraint refused the change (unique, foreign key, not null, check): Django's {@code IntegrityError}. */
public class IntegrityError extends DatabaseError {
    public IntegrityError(String message, Throwable cause) {
        super(message, cause);
    }
}
