package dev.hotclub.db.models;

/** Django's {@code Max(field)}: None over no rows. */
public record Max(String field) implements Aggregate {
    public static Max of(String field) {
        return new Max(field);
    }

    @Override
    public String function() {
        return "MAX";
    }
}
