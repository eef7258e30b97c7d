package dev.hotclub.db.models;

/**
 * Django's {@code FieldError}: a lookup names a field the model does not have, or a lookup the field does not
 * support ("Cannot resolve keyword 'pub_dat' into field. Choices are: choice, id, pubDate, questionText").
 */
public class FieldError extends RuntimeException {
    public FieldError(String message) {
        super(message);
    }
}
