package dev.hotclub.db.models;

import java.util.ArrayList;
import java.util.List;

/**
 * Django's {@code Q}: conditions combined with and/or/not. {@code Q.of("questionText__startswith", "What")
 * .or(Q.of("pubDate__year", 2024)).not()}. Every value is bound as a parameter.
 */
public final class Q {
    /** A single condition: a lookup path ({@code "pubDate__year__gte"}) and its value. */
    public record Condition(String lookup, Object value) {
    }

    private final boolean or;
    private final boolean negated;
    private final List<Object> children;

    private Q(boolean or, boolean negated, List<Object> children) {
        this.or = or;
        this.negated = negated;
        this.children = List.copyOf(children);
    }

    public static Q of(String lookup, Object value) {
        return new Q(false, false, List.of(new Condition(lookup, value)));
    }

    /** Several conditions ANDed: {@code Q.where("a", 1, "b__gt", 2)}. */
    public static Q where(Object... lookupValuePairs) {
        if (lookupValuePairs.length % 2 != 0) {
            throw new IllegalArgumentException("Q.where takes lookup, value pairs; got " + lookupValuePairs.length + " arguments.");
        }
        List<Object> conditions = new ArrayList<>();
        for (int i = 0; i < lookupValuePairs.length; i += 2) {
            if (!(lookupValuePairs[i] instanceof String lookup)) {
                throw new IllegalArgumentException("Q.where: argument " + (i + 1) + " must be a lookup name, not " + lookupValuePairs[i] + ".");
            }
            conditions.add(new Condition(lookup, lookupValuePairs[i + 1]));
        }
        return new Q(false, false, conditions);
    }

    public static Q and(Q... qs) {
        return new Q(false, false, List.of((Object[]) qs));
    }

    public static Q or(Q... qs) {
        return new Q(true, false, List.of((Object[]) qs));
    }

    public static Q not(Q q) {
        return q.not();
    }

    public Q and(Q other) {
        return new Q(false, false, List.of(this, other));
    }

    public Q or(Q other) {
        return new Q(true, false, List.of(this, other));
    }

    /** Django's {@code ~Q}. */
    public Q not() {
        return new Q(false, true, List.of(this));
    }

    public boolean isOr() {
        return or;
    }

    public boolean isNegated() {
        return negated;
    }

    /** {@link Condition}s and nested {@code Q}s. */
    public List<Object> children() {
        return children;
    }

    @Override
    public String toString() {
        String inner = String.join(or ? " OR " : " AND ", children.stream().map(c ->
                c instanceof Condition k ? k.lookup() + "=" + k.value() : c.toString()).toList());
        return (negated ? "NOT " : "") + "(" + inner + ")";
    }
}
