package dev.hotclub.db.models;

/**
 * Django's {@code F()}: the value of a field in the database, computed in SQL: {@code update("votes", F.of("votes").plus(1))},
 * {@code filter("numberOfComments__gt", F.of("numberOfPingbacks").times(2))}. The name may span relations ({@code "question__pubDate"}).
 */
public record F(String name) implements Expression {
    public static F of(String name) {
        return new F(name);
    }

    /** Arithmetic between two expressions or an expression and a value (bound as a parameter). */
    public record Combined(Expression left, String operator, Object right) implements Expression {
    }
}
