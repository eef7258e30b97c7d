package dev.hotclub.db.migrations;

/**
 * One step of a migration (Django's {@code Operation}). It changes the project state ({@link #stateForwards}) and
 * the database ({@link #databaseForwards}, {@link #databaseBackwards}) without ever touching the model classes:
 * the states say what the models looked like before and after.
 */
public interface Operation {

    ProjectState stateForwards(String app, ProjectState state);

    /** Applies the operation: {@code from} is the state before it, {@code to} the state after. */
    void databaseForwards(String app, SchemaEditor editor, ProjectState from, ProjectState to);

    /** Reverses it: {@code from} is the state after the operation (the database now), {@code to} the one before. */
    void databaseBackwards(String app, SchemaEditor editor, ProjectState from, ProjectState to);

    /** A line for {@code makemigrations} and {@code sqlmigrate}: {@code Add field votes to choice}. */
    String describe();

    /** The part of an automatic migration name this operation gives ({@code choice_votes}), or null. */
    default String nameFragment() {
        return null;
    }

    default boolean reversible() {
        return true;
    }

    /** The Java expression that builds this operation in a migration file. */
    String toJava();
}
