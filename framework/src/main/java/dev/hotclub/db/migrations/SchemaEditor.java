package dev.hotclub.db.migrations;

import dev.hotclub.db.migrations.internal.IndexNames;
import dev.hotclub.db.migrations.internal.PostgresSchemaEditor;
import dev.hotclub.db.migrations.internal.SqliteSchemaEditor;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns operations on model states into SQL for one database (Django's {@code BaseDatabaseSchemaEditor}), emitting
 * what Django 3.2 emits: the same column types, constraint and index names, and statement order. Statements that
 * need every column to exist (indexes, foreign keys on PostgreSQL) are deferred to the end of the migration, as
 * Django does. With no connection the editor only collects the SQL (for {@code sqlmigrate}).
 */
public abstract class SchemaEditor {
    protected final Vendor vendor;
    protected final Connection connection;
    private final List<String> collected = new ArrayList<>();
    protected final List<Deferred> deferred = new ArrayList<>();

    /** A statement run at the end of the migration; {@code table} lets a dropped table take its statements along. */
    protected record Deferred(String table, String column, String sql) {
    }

    private boolean executes;

    protected SchemaEditor(Vendor vendor, Connection connection) {
        this.vendor = vendor;
        this.connection = connection;
        this.executes = connection != null;
    }

    /** An editor that runs statements on {@code connection} (null: only collect them) and records them all. */
    public static SchemaEditor create(Vendor vendor, Connection connection) {
        return switch (vendor) {
            case SQLITE -> new SqliteSchemaEditor(connection);
            case POSTGRESQL -> new PostgresSchemaEditor(connection);
        };
    }

    /**
     * An editor that only collects SQL, as {@code sqlmigrate} does, but reads the database's constraint names
     * through {@code connection} (Django's {@code collect_sql}); {@code connection} may be null.
     */
    public static SchemaEditor collecting(Vendor vendor, Connection connection) {
        SchemaEditor editor = create(vendor, connection);
        editor.executes = false;
        return editor;
    }

    /** Whether statements run (false: they are only collected). */
    public boolean executes() {
        return executes;
    }

    public Vendor vendor() {
        return vendor;
    }

    /** The open connection, or null when the editor only collects SQL. */
    public Connection connection() {
        return connection;
    }

    /** Every statement run or collected so far, in order. */
    public List<String> collectedSql() {
        return List.copyOf(collected);
    }

    public void execute(String sql) {
        collected.add(sql + ";");
        if (!executes) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new MigrationError(e.getMessage().strip() + "\n  while running: " + sql, e);
        }
    }

    /** Runs the statements deferred until every table and column of the migration exists. */
    public void flushDeferred() {
        List<Deferred> pending = new ArrayList<>(deferred);
        deferred.clear();
        for (Deferred statement : pending) {
            execute(statement.sql());
        }
    }

    protected String quote(String name) {
        return vendor.quoteName(name);
    }

    /** A constant as SQL, for defaults and for copying a table's rows ({@code quote_value}). */
    public String quoteValue(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof Boolean bool) {
            return vendor == Vendor.POSTGRESQL ? bool.toString() : (bool ? "1" : "0");
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Number) {
            return value.toString();
        }
        if (value instanceof java.util.UUID uuid && vendor == Vendor.SQLITE) {
            return "'" + uuid.toString().replace("-", "") + "'";
        }
        return "'" + value.toString().replace("'", "''") + "'";
    }

    // ---------------------------------------------------------------- column types

    /** The column type of a field ({@code db_type}), or null for a many-to-many. */
    public String columnType(FieldState field, ProjectState state) {
        if (field.isManyToMany()) {
            return null;
        }
        if (field.isForeignKey()) {
            FieldState targetKey = state.model(field.relatedModel()).primaryKey();
            return switch (targetKey.kind()) {
                case "AutoField" -> dataType(Fields.integerField("_"));
                case "BigAutoField" -> dataType(Fields.bigIntegerField("_"));
                case "SmallAutoField" -> dataType(Fields.smallIntegerField("_"));
                default -> dataType(targetKey);
            };
        }
        return dataType(field);
    }

    /** The vendor's type for a non-relation field, Django's {@code data_types}. */
    protected abstract String dataType(FieldState field);

    /** The column check a field type brings ({@code "pos" >= 0}), or null. */
    protected String columnCheck(FieldState field) {
        return switch (field.kind()) {
            case "PositiveIntegerField", "PositiveSmallIntegerField", "PositiveBigIntegerField" ->
                    quote(field.column()) + " >= 0";
            default -> null;
        };
    }

    /** What follows the column definition, as {@code AUTOINCREMENT} on SQLite. */
    protected String typeSuffix(FieldState field) {
        return null;
    }

    /** {@code type [DEFAULT x] NULL|NOT NULL [PRIMARY KEY|UNIQUE]}: Django's {@code column_sql}. */
    protected String columnSql(FieldState field, ProjectState state, boolean includeDefault) {
        StringBuilder sql = new StringBuilder(columnType(field, state));
        if (includeDefault && field.effectiveDefault() != null) {
            sql.append(" DEFAULT ").append(quoteValue(field.effectiveDefault()));
        }
        sql.append(field.isNullable() ? " NULL" : " NOT NULL");
        if (field.isPrimaryKey()) {
            sql.append(" PRIMARY KEY");
        } else if (field.isUnique()) {
            sql.append(" UNIQUE");
        }
        return sql.toString();
    }

    // ---------------------------------------------------------------- tables

    public void createModel(ModelState model, ProjectState state) {
        createTable(model, state, model.table());
        for (FieldState field : model.fields()) {
            if (field.isManyToMany() && field.through() == null) {
                createModel(state.autoThrough(model, field), state);
            }
        }
    }

    /** CREATE TABLE under {@code tableName}; deferred statements name {@code model.table()} (the SQLite rebuild). */
    protected void createTable(ModelState model, ProjectState state, String tableName) {
        List<String> definitions = new ArrayList<>();
        List<String> foreignKeys = new ArrayList<>();
        for (FieldState field : model.fields()) {
            if (!field.hasColumn()) {
                continue;
            }
            StringBuilder definition = new StringBuilder(quote(field.column())).append(' ')
                    .append(columnSql(field, state, false));
            String check = columnCheck(field);
            if (check != null) {
                definition.append(" CHECK (").append(check).append(')');
            }
            String suffix = typeSuffix(field);
            if (suffix != null) {
                definition.append(' ').append(suffix);
            }
            if (field.isForeignKey()) {
                String inline = inlineForeignKey(model, field, state);
                if (inline != null) {
                    definition.append(' ').append(inline);
                } else {
                    foreignKeys.add(foreignKeySql(model, field, state));
                }
            }
            definitions.add(definition.toString());
        }
        for (ConstraintState constraint : model.constraints()) {
            definitions.add(constraintDefinition(model, constraint));
        }
        execute("CREATE TABLE " + quote(tableName) + " (" + String.join(", ", definitions) + ")");
        for (List<String> together : model.uniqueTogether()) {
            defer(model.table(), null, uniqueSql(model, columnsOf(model, together)));
        }
        foreignKeys.forEach(sql -> defer(model.table(), null, sql));
        for (FieldState field : model.fields()) {
            for (String sql : fieldIndexes(model, field, state)) {
                defer(model.table(), field.column(), sql);
            }
        }
        for (IndexState index : model.indexes()) {
            defer(model.table(), null, indexSql(model, index));
        }
    }

    public void deleteModel(ModelState model, ProjectState state) {
        for (FieldState field : model.fields()) {
            if (field.isManyToMany() && field.through() == null) {
                deleteModel(state.autoThrough(model, field), state);
            }
        }
        execute("DROP TABLE " + quote(model.table()) + (vendor == Vendor.POSTGRESQL ? " CASCADE" : ""));
        deferred.removeIf(d -> d.table().equals(model.table()));
    }

    /**
     * A many-to-many renamed (its join table is named after it) or pointed elsewhere by name only; other changes
     * to a many-to-many are not schema changes Hotclub makes (Django refuses them too).
     */
    protected void alterManyToMany(ModelState before, FieldState oldField, ModelState after, FieldState newField,
                                   ProjectState from, ProjectState to) {
        if (!oldField.isManyToMany() || !newField.isManyToMany() || oldField.through() != null
                || newField.through() != null) {
            return;
        }
        renameTable(from.autoThrough(before, oldField).table(), to.autoThrough(after, newField).table());
    }

    public void renameTable(String oldTable, String newTable) {
        if (oldTable.equals(newTable)) {
            return;
        }
        execute("ALTER TABLE " + quote(oldTable) + " RENAME TO " + quote(newTable));
    }

    // ---------------------------------------------------------------- fields

    /** Adds {@code field} to {@code model} ({@code model} as it is before the field exists). */
    public abstract void addField(ModelState model, FieldState field, ProjectState state);

    /** Removes {@code field} from {@code model} ({@code model} as it is while the field exists). */
    public abstract void removeField(ModelState model, FieldState field, ProjectState state);

    /** Changes a field in place: {@code before} in the state {@code from}, {@code after} in {@code to}. */
    public abstract void alterField(ModelState before, FieldState oldField, ModelState after, FieldState newField,
                                    ProjectState from, ProjectState to);

    public abstract void alterUniqueTogether(ModelState before, ModelState after, ProjectState state);

    public abstract void addConstraint(ModelState before, ModelState after, ConstraintState constraint,
                                       ProjectState state);

    public abstract void removeConstraint(ModelState before, ModelState after, ConstraintState constraint,
                                          ProjectState state);

    public void addIndex(ModelState model, IndexState index) {
        execute(indexSql(model, index));
    }

    public void removeIndex(ModelState model, IndexState index) {
        execute("DROP INDEX IF EXISTS " + quote(index.name()));
    }

    // ---------------------------------------------------------------- SQL pieces shared by the vendors

    protected void defer(String table, String column, String sql) {
        deferred.add(new Deferred(table, column, sql));
    }

    /** The foreign key written inside the column definition (SQLite), or null to add it as a constraint. */
    protected String inlineForeignKey(ModelState model, FieldState field, ProjectState state) {
        return null;
    }

    protected String foreignKeyName(ModelState model, FieldState field, ProjectState state) {
        ModelState target = state.model(field.relatedModel());
        return IndexNames.create(model.table(), List.of(field.column()),
                "_fk_" + target.table() + "_" + target.primaryKey().column(), vendor.maxNameLength());
    }

    protected String foreignKeySql(ModelState model, FieldState field, ProjectState state) {
        ModelState target = state.model(field.relatedModel());
        return "ALTER TABLE " + quote(model.table()) + " ADD CONSTRAINT " + quote(foreignKeyName(model, field, state))
                + " FOREIGN KEY (" + quote(field.column()) + ") REFERENCES " + quote(target.table()) + " ("
                + quote(target.primaryKey().column()) + ") DEFERRABLE INITIALLY DEFERRED";
    }

    protected String constraintDefinition(ModelState model, ConstraintState constraint) {
        if (constraint instanceof ConstraintState.Check check) {
            return "CONSTRAINT " + quote(check.name()) + " CHECK (" + check.condition() + ")";
        }
        ConstraintState.Unique unique = (ConstraintState.Unique) constraint;
        return "CONSTRAINT " + quote(unique.name()) + " UNIQUE (" + quotedColumns(columnsOf(model, unique.fields()))
                + ")";
    }

    protected abstract String uniqueSql(ModelState model, List<String> columns);

    protected String uniqueName(ModelState model, List<String> columns) {
        return IndexNames.create(model.table(), columns, "_uniq", vendor.maxNameLength());
    }

    /** The indexes a field brings: {@code db_index} (a foreign key has one), and on PostgreSQL a LIKE index. */
    protected List<String> fieldIndexes(ModelState model, FieldState field, ProjectState state) {
        List<String> sql = new ArrayList<>();
        if (field.hasColumn() && field.hasDbIndex() && !field.isUniqueColumn()) {
            sql.add(fieldIndexSql(model, field));
        }
        return sql;
    }

    protected String fieldIndexName(ModelState model, FieldState field) {
        return IndexNames.create(model.table(), List.of(field.column()), "", vendor.maxNameLength());
    }

    protected String fieldIndexSql(ModelState model, FieldState field) {
        return "CREATE INDEX " + quote(fieldIndexName(model, field)) + " ON " + quote(model.table()) + " ("
                + quote(field.column()) + ")";
    }

    protected String indexSql(ModelState model, IndexState index) {
        String columns = index.fields().stream().map(name -> {
            boolean descending = name.startsWith("-");
            String column = model.requireField(descending ? name.substring(1) : name).column();
            return quote(column) + (descending ? " DESC" : "");
        }).collect(Collectors.joining(", "));
        return "CREATE INDEX " + quote(index.name()) + " ON " + quote(model.table()) + " (" + columns + ")";
    }

    protected List<String> columnsOf(ModelState model, List<String> fieldNames) {
        return fieldNames.stream().map(name -> model.requireField(name).column()).toList();
    }

    protected String quotedColumns(List<String> columns) {
        return columns.stream().map(this::quote).collect(Collectors.joining(", "));
    }

    protected static Set<List<String>> togetherSet(ModelState model) {
        return Set.copyOf(model.uniqueTogether());
    }
}
