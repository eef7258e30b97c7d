package dev.hotclub.db.models;

/** Django's {@code Avg(field)}: a Double, None over no rows. */
public record Avg(String field) implements Aggregate {
    public static Avg of(String field) {
        return new Avg(field);
    }

    @Override
    public String function() {
        return "AVG";
    }
}
