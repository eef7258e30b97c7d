package dev.hotclub.db.migrations.internal;

import dev.hotclub.db.migrations.ConstraintState;
import dev.hotclub.db.migrations.FieldState;
import dev.hotclub.db.migrations.ModelState;
import dev.hotclub.db.migrations.ProjectState;
import dev.hotclub.db.migrations.SchemaEditor;
import dev.hotclub.db.migrations.Vendor;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SQLite's schema editor. SQLite cannot alter a column's type, nullability or constraints, so every such change
 * rebuilds the table as Django's {@code _remake_table} does: create {@code new__<table>} with the new definition,
 * copy the rows, drop the old table, rename, and recreate the indexes.
 */
public final class SqliteSchemaEditor extends SchemaEditor {
    public SqliteSchemaEditor(Connection connection) {
        super(Vendor.SQLITE, connection);
    }

    @Override
    protected String dataType(FieldState field) {
        return switch (field.kind()) {
            case "AutoField", "BigAutoField", "SmallAutoField", "IntegerField" -> "integer";
            case "BinaryField" -> "BLOB";
            case "BooleanField", "NullBooleanField" -> "bool";
            case "CharField", "EmailField", "URLField", "SlugField", "FileField", "FilePathField" ->
                    "varchar(" + field.maxLength() + ")";
            case "DateField" -> "date";
            case "DateTimeField" -> "datetime";
            case "DecimalField" -> "decimal";
            case "DurationField", "BigIntegerField" -> "bigint";
            case "FloatField" -> "real";
            case "JSONField", "TextField" -> "text";
            case "PositiveBigIntegerField" -> "bigint unsigned";
            case "PositiveIntegerField" -> "integer unsigned";
            case "PositiveSmallIntegerField" -> "smallint unsigned";
            case "SmallIntegerField" -> "smallint";
            case "TimeField" -> "time";
            case "UUIDField" -> "char(32)";
            default -> throw new IllegalArgumentException("Field '" + field.name() + "' has an unknown kind '"
                    + field.kind() + "' (use Django's field class names: CharField, IntegerField...).");
        };
    }

    @Override
    protected String columnCheck(FieldState field) {
        if (field.kind().equals("JSONField")) {
            return "(JSON_VALID(" + quote(field.column()) + ") OR " + quote(field.column()) + " IS NULL)";
        }
        return super.columnCheck(field);
    }

    @Override
    protected String typeSuffix(FieldState field) {
        return field.isAuto() ? "AUTOINCREMENT" : null;
    }

    @Override
    protected String inlineForeignKey(ModelState model, FieldState field, ProjectState state) {
        ModelState target = state.model(field.relatedModel());
        return "REFERENCES " + quote(target.table()) + " (" + quote(target.primaryKey().column())
                + ") DEFERRABLE INITIALLY DEFERRED";
    }

    @Override
    protected String uniqueSql(ModelState model, List<String> columns) {
        return "CREATE UNIQUE INDEX " + quote(uniqueName(model, columns)) + " ON " + quote(model.table()) + " ("
                + quotedColumns(columns) + ")";
    }

    @Override
    public void addField(ModelState model, FieldState field, ProjectState state) {
        if (field.isManyToMany()) {
            if (field.through() == null) {
                createModel(state.autoThrough(model.withField(field), field), state);
            }
            return;
        }
        Map<String, String> copy = identityCopy(model);
        copy.put(field.column(), quoteValue(field.effectiveDefault()));
        remake(model.withField(field), copy, state);
    }

    @Override
    public void removeField(ModelState model, FieldState field, ProjectState state) {
        if (field.isManyToMany()) {
            if (field.through() == null) {
                deleteModel(state.autoThrough(model, field), state);
            }
            return;
        }
        ModelState after = model.withoutField(field.name());
        remake(after, identityCopy(after), state);
    }

    @Override
    public void alterField(ModelState before, FieldState oldField, ModelState after, FieldState newField,
                           ProjectState from, ProjectState to) {
        if (oldField.isManyToMany() || newField.isManyToMany()) {
            alterManyToMany(before, oldField, after, newField, from, to);
            return;
        }
        if (oldField.isForeignKey() && oldField.relatedModel(newField.relatedModel()).equals(newField)
                && columnSql(oldField, from, false).equals(columnSql(newField, to, false))) {
            return; // only the target model's name changed: ALTER TABLE ... RENAME already rewrote the reference
        }
        boolean onlyRenamed = !oldField.column().equals(newField.column())
                && columnSql(oldField, from, false).equals(columnSql(newField, to, false))
                && !oldField.isForeignKey() && !newField.isForeignKey()
                && oldField.hasDbIndex() == newField.hasDbIndex();
        if (onlyRenamed) {
            execute("ALTER TABLE " + quote(before.table()) + " RENAME COLUMN " + quote(oldField.column()) + " TO "
                    + quote(newField.column()));
            return;
        }
        Map<String, String> copy = identityCopy(after);
        copy.remove(newField.column());
        Object fill = newField.effectiveDefault();
        String source = quote(oldField.column());
        if (oldField.isNullable() && !newField.isNullable() && fill != null) {
            source = "coalesce(" + source + ", " + quoteValue(fill) + ")";
        }
        copy.put(newField.column(), source);
        remake(after, copy, to);
    }

    @Override
    public void alterUniqueTogether(ModelState before, ModelState after, ProjectState state) {
        remake(after, identityCopy(after), state);
    }

    @Override
    public void addConstraint(ModelState before, ModelState after, ConstraintState constraint, ProjectState state) {
        remake(after, identityCopy(after), state);
    }

    @Override
    public void removeConstraint(ModelState before, ModelState after, ConstraintState constraint,
                                 ProjectState state) {
        remake(after, identityCopy(after), state);
    }

    private static Map<String, String> identityCopy(ModelState model) {
        Map<String, String> copy = new LinkedHashMap<>();
        for (FieldState field : model.fields()) {
            if (field.hasColumn()) {
                copy.put(field.column(), Vendor.SQLITE.quoteName(field.column()));
            }
        }
        return copy;
    }

    /**
     * Rebuilds {@code model}'s table with the definition {@code model} has now; {@code copy} maps each new column
     * to the expression that fills it from the old table.
     */
    private void remake(ModelState model, Map<String, String> copy, ProjectState state) {
        String table = model.table();
        String temporary = "new__" + table;
        // The old table's pending indexes go with it; the new table brings all of its own.
        deferred.removeIf(d -> d.table().equals(table));
        createTable(model, state, temporary);
        List<String> columns = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (Map.Entry<String, String> entry : copy.entrySet()) {
            columns.add(quote(entry.getKey()));
            sources.add(entry.getValue());
        }
        execute("INSERT INTO " + quote(temporary) + " (" + String.join(", ", columns) + ") SELECT "
                + String.join(", ", sources) + " FROM " + quote(table));
        execute("DROP TABLE " + quote(table));
        execute("ALTER TABLE " + quote(temporary) + " RENAME TO " + quote(table));
        flushDeferred();
    }
}
