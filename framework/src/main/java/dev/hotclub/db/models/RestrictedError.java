package dev.hotclub.db.models;

import java.util.List;

/** A delete refused because RESTRICT foreign keys point at rows the same delete does not remove; nothing was deleted. */
public class RestrictedError extends dev.hotclub.db.IntegrityError {
    private final List<? extends Model> restrictedObjects;

    public RestrictedError(String message, List<? extends Model> restrictedObjects) {
        super(message, null);
        this.restrictedObjects = List.copyOf(restrictedObjects);
    }

    public List<? extends Model> restrictedObjects() {
        return restrictedObjects;
    }
}
