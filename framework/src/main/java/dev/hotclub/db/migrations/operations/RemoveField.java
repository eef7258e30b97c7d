package dev.hotclub.db.migrations.operations;

import dev.hotclub.db.migrations.ModelState;
import dev.hotclub.db.migrations.Operation;
import dev.hotclub.db.migrations.ProjectState;
import dev.hotclub.db.migrations.SchemaEditor;
import dev.hotclub.db.migrations.internal.JavaLiterals;

import java.util.Locale;

/** Drops a field's column (or join table); backwards it comes back from the state before, filled by its default. */
public record RemoveField(String modelName, String name) implements Operation {
    @Override
    public ProjectState stateForwards(String app, ProjectState state) {
        ModelState model = state.model(app, modelName);
        model.requireField(name);
        return state.with(model.withoutField(name));
    }

    @Override
    public void databaseForwards(String app, SchemaEditor editor, ProjectState from, ProjectState to) {
        ModelState model = from.model(app, modelName);
        editor.removeField(model, model.requireField(name), from);
    }

    @Override
    public void databaseBackwards(String app, SchemaEditor editor, ProjectState from, ProjectState to) {
        ModelState model = to.model(app, modelName);
        editor.addField(from.model(app, modelName), model.requireField(name), to);
    }

    @Override
    public String describe() {
        return "Remove field " + name + " from " + modelName.toLowerCase(Locale.ROOT);
    }

    @Override
    public String nameFragment() {
        return "remove_" + modelName.toLowerCase(Locale.ROOT) + "_" + name.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toJava() {
        return "new RemoveField(" + JavaLiterals.string(modelName) + ", " + JavaLiterals.string(name) + ")";
    }
}
