package dev.hotclub.db.models;

import java.util.List;

/** A delete refused because PROTECT foreign keys point at the rows; nothing was deleted. */
public class ProtectedError extends dev.hotclub.db.IntegrityError {
    private final List<? extends Model> protectedObjects;

    public ProtectedError(String message, List<? extends Model> protectedObjects) {
        super(message, null);
        this.protectedObjects = List.copyOf(protectedObjects);
    }

    public List<? extends Model> protectedObjects() {
        return protectedObjects;
    }
}
