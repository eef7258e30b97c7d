package dev.hotclub.db.migrations.operations;

import dev.hotclub.db.migrations.Operation;
import dev.hotclub.db.migrations.ProjectState;
import dev.hotclub.db.migrations.SchemaEditor;
import dev.hotclub.db.migrations.internal.JavaLiterals;

import java.util.Locale;

/** Drops a model's table; backwards it is created again, empty, from the state before. */
public record DeleteModel(String name) implements Operation {
    @Override
    public ProjectState stateForwards(String app, ProjectState state) {
        state.model(app, name);
        return state.without(app, name);
    }

    @Override
    public void databaseForwards(String app, SchemaEditor editor, ProjectState from, ProjectState to) {
        editor.deleteModel(from.model(app, name), from);
    }

    @Override
    public void databaseBackwards(String app, SchemaEditor editor, ProjectState from, ProjectState to) {
        editor.createModel(to.model(app, name), to);
    }

    @Override
    public String describe() {
        return "Delete model " + name;
    }

    @Override
    public String nameFragment() {
        return "delete_" + name.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toJava() {
        return "new DeleteModel(" + JavaLiterals.string(name) + ")";
    }
}
