package dev.hotclub.db.models;

/** Django's {@code Sum(field)}: None over no rows; the field's type (long for integers, BigDecimal for decimals). */
public record Sum(String field) implements Aggregate {
    public static Sum of(String field) {
        return new Sum(field);
    }

    @Override
    public String function() {
        return "SUM";
    }
}
