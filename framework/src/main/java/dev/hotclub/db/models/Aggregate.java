package dev.hotclub.db.models;

/** An aggregate over the rows of a query or of a relation: {@link Count}, {@link Sum}, {@link Avg}, {@link Max}, {@link Min}. */
public sealed interface Aggregate extends Expression permits Count, Sum, Avg, Max, Min {
    /** The SQL function. */
    String function();

    /** The field path it aggregates ({@code "choice__votes"}), or {@code "*"} for {@code Count.all()}. */
    String field();

    default boolean distinct() {
        return false;
    }

    /** Django's default name in {@code aggregate()}: {@code votes__sum}. */
    default String defaultAlias() {
        return field().replace("*", "") + "__" + function().toLowerCase(java.util.Locale.ROOT);
    }
}
