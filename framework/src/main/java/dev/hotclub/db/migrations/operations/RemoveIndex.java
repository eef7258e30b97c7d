package dev.hotclub.db.migrations.operations;

import dev.hotclub.db.migrations.IndexState;
import dev.hotclub.db.migrations.ModelState;
import dev.hotclub.db.migrations.Operation;
import dev.hotclub.db.migrations.ProjectState;
import dev.hotclub.db.migrations.SchemaEditor;
import dev.hotclub.db.migrations.internal.JavaLiterals;

import java.util.Locale;

/** Drops a {@code Meta.indexes} entry by name. */
public record RemoveIndex(String modelName, String name) implements Operation {
    @Override
    public ProjectState stateForwards(String app, ProjectState state) {
        ModelState model = state.model(app, modelName);
        find(model);
        return state.with(model.withIndexes(model.indexes().stream().filter(i -> !i.name().equals(name)).toList()));
    }

    private IndexState find(ModelState model) {
        return model.indexes().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("RemoveIndex: model " + model.app() + "." + model.name()
                        + " has no index named '" + name + "'."));
    }

    @Override
    public void databaseForwards(String app, SchemaEditor editor, ProjectState from, ProjectState to) {
        ModelState model = from.model(app, modelName);
        editor.removeIndex(model, find(model));
    }

    @Override
    public void databaseBackwards(String app, SchemaEditor editor, ProjectState from, ProjectState to) {
        ModelState model = to.model(app, modelName);
        editor.addIndex(model, find(model));
    }

    @Override
    public String describe() {
        return "Remove index " + name + " from " + modelName.toLowerCase(Locale.ROOT);
    }

    @Override
    public String nameFragment() {
        return "remove_" + modelName.toLowerCase(Locale.ROOT) + "_" + name.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toJava() {
        return "new RemoveIndex(" + JavaLiterals.string(modelName) + ", " + JavaLiterals.string(name) + ")";
    }
}
