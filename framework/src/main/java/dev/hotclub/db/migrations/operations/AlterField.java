package dev.hotclub.db.migrations.operations;

import dev.hotclub.db.migrations.FieldState;
import dev.hotclub.db.migrations.ModelState;
import dev.hotclub.db.migrations.Operation;
import dev.hotclub.db.migrations.ProjectState;
import dev.hotclub.db.migrations.SchemaEditor;
import dev.hotclub.db.migrations.internal.JavaLiterals;

import java.util.Locale;

/**
 * Changes a field's definition (type, max_length, null, unique, db_index, target...):
 * {@code new AlterField("question", charField("question_text", 300))}. A NOT NULL change fills NULLs with the
 * default; {@code preserveDefault = false} is a one-off default for that.
 */
public record AlterField(String modelName, FieldState field, boolean preserveDefault) implements Operation {
    public AlterField(String modelName, FieldState field) {
        this(modelName, field, true);
    }

    @Override
    public ProjectState stateForwards(String app, ProjectState state) {
        ModelState model = state.model(app, modelName);
        model.requireField(field.name());
        FieldState kept = preserveDefault ? field : field.withoutDefault();
        return state.with(model.replacingField(field.name(), old -> kept));
    }

    @Override
    public void databaseForwards(String app, SchemaEditor editor, ProjectState from, ProjectState to) {
        ModelState before = from.model(app, modelName);
        editor.alterField(before, before.requireField(field.name()), to.model(app, modelName), field, from, to);
    }

    @Override
    public void databaseBackwards(String app, SchemaEditor editor, ProjectState from, ProjectState to) {
        ModelState before = from.model(app, modelName);
        ModelState after = to.model(app, modelName);
        editor.alterField(before, before.requireField(field.name()), after, after.requireField(field.name()),
                from, to);
    }

    @Override
    public String describe() {
        return "Alter field " + field.name() + " on " + modelName.toLowerCase(Locale.ROOT);
    }

    @Override
    public String nameFragment() {
        return "alter_" + modelName.toLowerCase(Locale.ROOT) + "_" + field.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toJava() {
        return "new AlterField(" + JavaLiterals.string(modelName) + ", " + JavaLiterals.field(field)
                + (preserveDefault ? "" : ", false") + ")";
    }
}
