package dev.hotclub.db.migrations.operations;

import dev.hotclub.db.migrations.FieldState;
import dev.hotclub.db.migrations.IndexState;
import dev.hotclub.db.migrations.ModelState;
import dev.hotclub.db.migrations.Operation;
import dev.hotclub.db.migrations.ProjectState;
import dev.hotclub.db.migrations.SchemaEditor;
import dev.hotclub.db.migrations.internal.JavaLiterals;

import java.util.List;
import java.util.Locale;

/** Renames a field and its column; unique_together and indexes follow the new name. The rows keep their values. */
public record RenameField(String modelName, String oldName, String newName) implements Operation {
    @Override
    public ProjectState stateForwards(String app, ProjectState state) {
        ModelState model = state.model(app, modelName);
        model.requireField(oldName);
        if (model.field(newName).isPresent()) {
            throw new IllegalArgumentException("RenameField: model " + app + "." + model.name()
                    + " already has a field '" + newName + "'.");
        }
        ModelState renamed = model.replacingField(oldName, f -> f.withName(newName))
                .withUniqueTogether(model.uniqueTogether().stream().map(this::renamed).toList())
                .withIndexes(model.indexes().stream()
                        .map(i -> new IndexState(i.name(), renamed(i.fields()))).toList());
        return state.with(renamed);
    }

    private List<String> renamed(List<String> fields) {
        return fields.stream().map(f -> f.equalsIgnoreCase(oldName) ? newName
                : f.equalsIgnoreCase("-" + oldName) ? "-" + newName : f).toList();
    }

    @Override
    public void databaseForwards(String app, SchemaEditor editor, ProjectState from, ProjectState to) {
        alter(app, editor, from, to, oldName, newName);
    }

    @Override
    public void databaseBackwards(String app, SchemaEditor editor, ProjectState from, ProjectState to) {
        alter(app, editor, from, to, newName, oldName);
    }

    private void alter(String app, SchemaEditor editor, ProjectState from, ProjectState to,
                       String fromName, String toName) {
        ModelState before = from.model(app, modelName);
        ModelState after = to.model(app, modelName);
        FieldState oldField = before.requireField(fromName);
        editor.alterField(before, oldField, after, after.requireField(toName), from, to);
    }

    @Override
    public String describe() {
        return "Rename field " + oldName + " on " + modelName.toLowerCase(Locale.ROOT) + " to " + newName;
    }

    @Override
    public String nameFragment() {
        return "rename_" + oldName.toLowerCase(Locale.ROOT) + "_" + modelName.toLowerCase(Locale.ROOT) + "_"
                + newName.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toJava() {
        return "new RenameField(" + JavaLiterals.string(modelName) + ", " + JavaLiterals.string(oldName) + ", "
                + JavaLiterals.string(newName) + ")";
    }
}
