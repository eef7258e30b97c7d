package dev.hotclub.db.models;

/** Django's {@code Min(field)}: None over no rows. */
public record Min(String field) implements Aggregate {
    public static Min of(String field) {
        return new Min(field);
    }

    @Override
    public String function() {
        return "MIN";
    }
}
