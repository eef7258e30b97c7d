package dev.hotclub.db.migrations.operations;

import dev.hotclub.db.migrations.IndexState;
import dev.hotclub.db.migrations.ModelState;
import dev.hotclub.db.migrations.Operation;
import dev.hotclub.db.migrations.ProjectState;
import dev.hotclub.db.migrations.SchemaEditor;
import dev.hotclub.db.migrations.internal.JavaLiterals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Adds a {@code Meta.indexes} entry: {@code new AddIndex("question", index("q_date_idx", "-pub_date"))}. */
public record AddIndex(String modelName, IndexState index) implements Operation {
    @Override
    public ProjectState stateForwards(String app, ProjectState state) {
        ModelState model = state.model(app, modelName);
        index.fields().forEach(f -> model.requireField(f.startsWith("-") ? f.substring(1) : f));
        List<IndexState> indexes = new ArrayList<>(model.indexes());
        indexes.add(index);
        return state.with(model.withIndexes(indexes));
    }

    @Override
    public void databaseForwards(String app, SchemaEditor editor, ProjectState from, ProjectState to) {
        editor.addIndex(to.model(app, modelName), index);
    }

    @Override
    public void databaseBackwards(String app, SchemaEditor editor, ProjectState from, ProjectState to) {
        editor.removeIndex(from.model(app, modelName), index);
    }

    @Override
    public String describe() {
        return "Create index " + index.name() + " on field(s) " + String.join(", ", index.fields()) + " of model "
                + modelName.toLowerCase(Locale.ROOT);
    }

    @Override
    public String nameFragment() {
        return modelName.toLowerCase(Locale.ROOT) + "_" + index.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toJava() {
        return "new AddIndex(" + JavaLiterals.string(modelName) + ", " + OperationSource.index(index) + ")";
    }
}
