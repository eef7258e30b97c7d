package dev.hotclub.db.models;

/** What deleting a referenced row does to the rows pointing at it (Django's {@code on_delete}). */
public enum OnDelete {
    /** Delete the referencing rows too (and theirs, recursively). */
    CASCADE,
    /** Refuse: {@link ProtectedError} before anything is deleted. */
    PROTECT,
    /** Refuse unless the referencing rows are themselves deleted by a CASCADE of the same delete ({@link RestrictedError}). */
    RESTRICT,
    /** Set the reference to NULL (the field must be {@code nullable = true}). */
    SET_NULL,
    /** Set the reference to the field's default. */
    SET_DEFAULT,
    /** Do nothing in the ORM; the database's own constraint decides. */
    DO_NOTHING
}
