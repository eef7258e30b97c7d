package dev.hotclub.db.migrations.operations;

import dev.hotclub.db.migrations.FieldState;
import dev.hotclub.db.migrations.ModelState;
import dev.hotclub.db.migrations.Operation;
import dev.hotclub.db.migrations.ProjectState;
import dev.hotclub.db.migrations.SchemaEditor;
import dev.hotclub.db.migrations.internal.JavaLiterals;

import java.util.Locale;

/**
 * Adds a field: {@code new AddField("choice", integerField("votes").withDefault(0))}. Existing rows get the default.
 * {@code preserveDefault = false} marks a one-off default given to makemigrations: it fills the rows, and the
 * model keeps no default afterwards (Django's {@code preserve_default=False}).
 */
public record AddField(String modelName, FieldState field, boolean preserveDefault) implements Operation {
    public AddField(String modelName, FieldState field) {
        this(modelName, field, true);
    }

    @Override
    public ProjectState stateForwards(String app, ProjectState state) {
        ModelState model = state.model(app, modelName);
        if (model.field(field.name()).isPresent()) {
            throw new IllegalArgumentException("AddField: model " + app + "." + model.name()
                    + " already has a field '" + field.name() + "'.");
        }
        return state.with(model.withField(preserveDefault ? field : field.withoutDefault()));
    }

    @Override
    public void databaseForwards(String app, SchemaEditor editor, ProjectState from, ProjectState to) {
        editor.addField(from.model(app, modelName), field, to);
    }

    @Override
    public void databaseBackwards(String app, SchemaEditor editor, ProjectState from, ProjectState to) {
        ModelState model = from.model(app, modelName);
        editor.removeField(model, model.requireField(field.name()), from);
    }

    @Override
    public String describe() {
        return "Add field " + field.name() + " to " + modelName.toLowerCase(Locale.ROOT);
    }

    @Override
    public String nameFragment() {
        return modelName.toLowerCase(Locale.ROOT) + "_" + field.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toJava() {
        return "new AddField(" + JavaLiterals.string(modelName) + ", " + JavaLiterals.field(field)
                + (preserveDefault ? "" : ", false") + ")";
    }
}
