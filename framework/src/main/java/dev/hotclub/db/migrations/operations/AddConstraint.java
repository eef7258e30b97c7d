package dev.hotclub.db.migrations.operations;

import dev.hotclub.db.migrations.ConstraintState;
import dev.hotclub.db.migrations.ModelState;
import dev.hotclub.db.migrations.Operation;
import dev.hotclub.db.migrations.ProjectState;
import dev.hotclub.db.migrations.SchemaEditor;
import dev.hotclub.db.migrations.internal.JavaLiterals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Adds a {@code Meta.constraints} entry: {@code new AddConstraint("question", check("score_gte_0", "\"score\" >= 0"))}. */
public record AddConstraint(String modelName, ConstraintState constraint) implements Operation {
    @Override
    public ProjectState stateForwards(String app, ProjectState state) {
        ModelState model = state.model(app, modelName);
        if (constraint instanceof ConstraintState.Unique unique) {
            unique.fields().forEach(model::requireField);
        }
        List<ConstraintState> constraints = new ArrayList<>(model.constraints());
        constraints.add(constraint);
        return state.with(model.withConstraints(constraints));
    }

    @Override
    public void databaseForwards(String app, SchemaEditor editor, ProjectState from, ProjectState to) {
        editor.addConstraint(from.model(app, modelName), to.model(app, modelName), constraint, to);
    }

    @Override
    public void databaseBackwards(String app, SchemaEditor editor, ProjectState from, ProjectState to) {
        editor.removeConstraint(from.model(app, modelName), to.model(app, modelName), constraint, to);
    }

    @Override
    public String describe() {
        return "Create constraint " + constraint.name() + " on model " + modelName.toLowerCase(Locale.ROOT);
    }

    @Override
    public String nameFragment() {
        return modelName.toLowerCase(Locale.ROOT) + "_" + constraint.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toJava() {
        return "new AddConstraint(" + JavaLiterals.string(modelName) + ", " + OperationSource.constraint(constraint)
                + ")";
    }
}
