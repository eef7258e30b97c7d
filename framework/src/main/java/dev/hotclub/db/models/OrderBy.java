package dev.hotclub.db.models;

/**
 * One ordering term: {@code F.of("born").asc().nullsLast()}. {@code nulls} (TRUE: first, FALSE: last) null leaves NULLs where the database
 * puts them (first on SQLite, last on PostgreSQL for ascending order, as Django does).
 */
public record OrderBy(Expression expression, boolean descending, Boolean nulls) {
    public OrderBy nullsFirst() {
        return new OrderBy(expression, descending, true);
    }

    public OrderBy nullsLast() {
        return new OrderBy(expression, descending, false);
    }
}
