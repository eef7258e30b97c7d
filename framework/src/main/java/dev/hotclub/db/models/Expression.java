package dev.hotclub.db.models;

/** Something a query computes: a field reference ({@link F}), arithmetic on them, or an aggregate ({@link Count}...). */
public interface Expression {
    default Expression plus(Object other) {
        return new F.Combined(this, "+", other);
    }

    default Expression minus(Object other) {
        return new F.Combined(this, "-", other);
    }

    default Expression times(Object other) {
        return new F.Combined(this, "*", other);
    }

    default Expression dividedBy(Object other) {
        return new F.Combined(this, "/", other);
    }

    default OrderBy asc() {
        return new OrderBy(this, false, null);
    }

    default OrderBy desc() {
        return new OrderBy(this, true, null);
    }
}
