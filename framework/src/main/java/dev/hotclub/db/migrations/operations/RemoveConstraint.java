package dev.hotclub.db.migrations.operations;

import dev.hotclub.db.migrations.ConstraintState;
import dev.hotclub.db.migrations.ModelState;
import dev.hotclub.db.migrations.Operation;
import dev.hotclub.db.migrations.ProjectState;
import dev.hotclub.db.migrations.SchemaEditor;
import dev.hotclub.db.migrations.internal.JavaLiterals;

import java.util.Locale;

/** Drops a {@code Meta.constraints} entry by name. */
public record RemoveConstraint(String modelName, String name) implements Operation {
    @Override
    public ProjectState stateForwards(String app, ProjectState state) {
        ModelState model = state.model(app, modelName);
        find(model);
        return state.with(model.withConstraints(
                model.constraints().stream().filter(c -> !c.name().equals(name)).toList()));
    }

    private ConstraintState find(ModelState model) {
        return model.constraints().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("RemoveConstraint: model " + model.app() + "." + model.name()
                        + " has no constraint named '" + name + "'."));
    }

    @Override
    public void databaseForwards(String app, SchemaEditor editor, ProjectState from, ProjectState to) {
        ModelState before = from.model(app, modelName);
        editor.removeConstraint(before, to.model(app, modelName), find(before), to);
    }

    @Override
    public void databaseBackwards(String app, SchemaEditor editor, ProjectState from, ProjectState to) {
        ModelState after = to.model(app, modelName);
        editor.addConstraint(from.model(app, modelName), after, find(after), to);
    }

    @Override
    public String describe() {
        return "Remove constraint " + name + " from model " + modelName.toLowerCase(Locale.ROOT);
    }

    @Override
    public String nameFragment() {
        return "remove_" + modelName.toLowerCase(Locale.ROOT) + "_" + name.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toJava() {
        return "new RemoveConstraint(" + JavaLiterals.string(modelName) + ", " + JavaLiterals.string(name) + ")";
    }
}
