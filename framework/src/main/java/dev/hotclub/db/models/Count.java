package dev.hotclub.db.models;

/** Django's {@code Count(field, distinct=...)}: 0 over no rows (never None); counts non-NULL values of the field. */
public record Count(String field, boolean distinct) implements Aggregate {
    public static Count of(String field) {
        return new Count(field, false);
    }

    public static Count distinct(String field) {
        return new Count(field, true);
    }

    /** {@code COUNT(*)}. */
    public static Count all() {
        return new Count("*", false);
    }

    @Override
    public String function() {
        return "COUNT";
    }
}
