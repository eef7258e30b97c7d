package dev.hotclub.db.migrations.operations;

import dev.hotclub.db.migrations.FieldState;
import dev.hotclub.db.migrations.ModelState;
import dev.hotclub.db.migrations.Operation;
import dev.hotclub.db.migrations.ProjectState;
import dev.hotclub.db.migrations.SchemaEditor;
import dev.hotclub.db.migrations.internal.JavaLiterals;

import java.util.Locale;

/**
 * Changes a model's {@code db_table} ({@code null}: back to Django's default {@code app_model}); the table and its
 * many-to-many join tables are renamed.
 */
public record AlterModelTable(String name, String table) implements Operation {
    @Override
    public ProjectState stateForwards(String app, ProjectState state) {
        return state.with(state.model(app, name).withDbTable(table));
    }

    @Override
    public void databaseForwards(String app, SchemaEditor editor, ProjectState from, ProjectState to) {
        rename(editor, from.model(app, name), to.model(app, name), from, to);
    }

    @Override
    public void databaseBackwards(String app, SchemaEditor editor, ProjectState from, ProjectState to) {
        rename(editor, from.model(app, name), to.model(app, name), from, to);
    }

    private static void rename(SchemaEditor editor, ModelState before, ModelState after, ProjectState from,
                               ProjectState to) {
        editor.renameTable(before.table(), after.table());
        for (FieldState field : after.fields()) {
            if (field.isManyToMany() && field.through() == null) {
                editor.renameTable(from.autoThrough(before, before.requireField(field.name())).table(),
                        to.autoThrough(after, field).table());
            }
        }
    }

    @Override
    public String describe() {
        return "Rename table for " + name.toLowerCase(Locale.ROOT) + " to " + (table == null ? "(default)" : table);
    }

    @Override
    public String nameFragment() {
        return "alter_" + name.toLowerCase(Locale.ROOT) + "_table";
    }

    @Override
    public String toJava() {
        return "new AlterModelTable(" + JavaLiterals.string(name) + ", " + JavaLiterals.literal(table) + ")";
    }
}
