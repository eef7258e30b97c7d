package dev.hotclub.db.migrations.operations;

import dev.hotclub.db.migrations.FieldState;
import dev.hotclub.db.migrations.ModelState;
import dev.hotclub.db.migrations.Operation;
import dev.hotclub.db.migrations.ProjectState;
import dev.hotclub.db.migrations.SchemaEditor;
import dev.hotclub.db.migrations.internal.JavaLiterals;

import java.util.Locale;

/**
 * Renames a model: its table (when the name is the default one), the foreign keys that point at it, and its own
 * many-to-many join tables with their column named after the model.
 */
public record RenameModel(String oldName, String newName) implements Operation {
    @Override
    public ProjectState stateForwards(String app, ProjectState state) {
        ModelState model = state.model(app, oldName);
        String oldReference = ModelState.key(app, oldName);
        String newReference = model.app() + "." + newName;
        return state.replace(app, oldName, model.withName(newName)).mapFields(field ->
                field.isRelation() && field.relatedModel().equalsIgnoreCase(oldReference)
                        ? field.relatedModel(newReference) : field);
    }

    @Override
    public void databaseForwards(String app, SchemaEditor editor, ProjectState from, ProjectState to) {
        rename(app, editor, from, to, oldName, newName);
    }

    @Override
    public void databaseBackwards(String app, SchemaEditor editor, ProjectState from, ProjectState to) {
        rename(app, editor, from, to, newName, oldName);
    }

    private static void rename(String app, SchemaEditor editor, ProjectState from, ProjectState to,
                               String fromName, String toName) {
        ModelState before = from.model(app, fromName);
        ModelState after = to.model(app, toName);
        editor.renameTable(before.table(), after.table());
        // Foreign keys pointing here: their constraints are named after the table (Django renames them).
        for (ModelState owner : to.models()) {
            for (FieldState field : owner.fields()) {
                if (field.isForeignKey() && field.relatedModel().equals(after.key()) && !owner.key().equals(after.key())) {
                    ModelState oldOwner = from.model(owner.app(), owner.name());
                    editor.alterField(oldOwner, oldOwner.requireField(field.name()), owner, field, from, to);
                }
            }
        }
        for (FieldState field : after.fields()) {
            if (!field.isManyToMany() || field.through() != null) {
                continue;
            }
            FieldState oldField = before.requireField(field.name());
            ModelState oldThrough = from.autoThrough(before, oldField);
            ModelState newThrough = to.autoThrough(after, field);
            if (to.model(field.relatedModel()).key().equals(after.key())) {
                continue; // a self-referential many-to-many has from_/to_ columns, not named after the model
            }
            editor.renameTable(oldThrough.table(), newThrough.table());
            FieldState oldColumn = oldThrough.fields().get(1);
            FieldState newColumn = newThrough.fields().get(1);
            editor.alterField(oldThrough.withDbTable(newThrough.table()), oldColumn, newThrough, newColumn,
                    from, to);
        }
        // Join tables of other models' many-to-manys name a column after this model: tag_id becomes label_id.
        for (ModelState owner : to.models()) {
            if (owner.key().equals(after.key())) {
                continue;
            }
            for (FieldState field : owner.fields()) {
                if (field.isManyToMany() && field.through() == null
                        && field.relatedModel().equals(after.key())) {
                    ModelState oldOwner = from.model(owner.app(), owner.name());
                    ModelState oldThrough = from.autoThrough(oldOwner, oldOwner.requireField(field.name()));
                    ModelState newThrough = to.autoThrough(owner, field);
                    editor.alterField(oldThrough, oldThrough.fields().get(2), newThrough, newThrough.fields().get(2),
                            from, to);
                }
            }
        }
    }

    @Override
    public String describe() {
        return "Rename model " + oldName + " to " + newName;
    }

    @Override
    public String nameFragment() {
        return "rename_" + oldName.toLowerCase(Locale.ROOT) + "_" + newName.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toJava() {
        return "new RenameModel(" + JavaLiterals.string(oldName) + ", " + JavaLiterals.string(newName) + ")";
    }
}
