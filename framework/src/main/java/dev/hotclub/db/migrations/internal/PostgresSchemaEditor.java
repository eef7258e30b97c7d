package dev.hotclub.db.migrations.internal;

import dev.hotclub.db.migrations.ConstraintState;
import dev.hotclub.db.migrations.FieldState;
import dev.hotclub.db.migrations.MigrationError;
import dev.hotclub.db.migrations.ModelState;
import dev.hotclub.db.migrations.ProjectState;
import dev.hotclub.db.migrations.SchemaEditor;
import dev.hotclub.db.migrations.SchemaIntrospector;
import dev.hotclub.db.migrations.Vendor;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * PostgreSQL's schema editor: real ALTER TABLE statements, foreign keys as named DEFERRABLE constraints, and the
 * {@code varchar_pattern_ops} index Django adds beside an indexed text column so LIKE 'x%' can use an index.
 * Constraints whose names it did not choose (an inline UNIQUE becomes {@code <table>_<column>_key}) are found by
 * introspection before they are dropped, as Django does.
 */
public final class PostgresSchemaEditor extends SchemaEditor {
    public PostgresSchemaEditor(Connection connection) {
        super(Vendor.POSTGRESQL, connection);
    }

    @Override
    protected String dataType(FieldState field) {
        return switch (field.kind()) {
            case "AutoField" -> "serial";
            case "BigAutoField" -> "bigserial";
            case "SmallAutoField" -> "smallserial";
            case "BinaryField" -> "bytea";
            case "BooleanField", "NullBooleanField" -> "boolean";
            case "CharField", "EmailField", "URLField", "SlugField", "FileField", "FilePathField" ->
                    "varchar(" + field.maxLength() + ")";
            case "DateField" -> "date";
            case "DateTimeField" -> "timestamp with time zone";
            case "DecimalField" -> "numeric(" + field.maxDigits() + ", " + field.decimalPlaces() + ")";
            case "DurationField" -> "interval";
            case "FloatField" -> "double precision";
            case "IntegerField", "PositiveIntegerField" -> "integer";
            case "BigIntegerField", "PositiveBigIntegerField" -> "bigint";
            case "SmallIntegerField", "PositiveSmallIntegerField" -> "smallint";
            case "JSONField" -> "jsonb";
            case "TextField" -> "text";
            case "TimeField" -> "time";
            case "UUIDField" -> "uuid";
            default -> throw new IllegalArgumentException("Field '" + field.name() + "' has an unknown kind '"
                    + field.kind() + "' (use Django's field class names: CharField, IntegerField...).");
        };
    }

    @Override
    protected String uniqueSql(ModelState model, List<String> columns) {
        return "ALTER TABLE " + quote(model.table()) + " ADD CONSTRAINT " + quote(uniqueName(model, columns))
                + " UNIQUE (" + quotedColumns(columns) + ")";
    }

    @Override
    protected List<String> fieldIndexes(ModelState model, FieldState field, ProjectState state) {
        List<String> sql = new ArrayList<>(super.fieldIndexes(model, field, state));
        String like = likeIndexSql(model, field, state);
        if (like != null) {
            sql.add(like);
        }
        return sql;
    }

    private String likeIndexSql(ModelState model, FieldState field, ProjectState state) {
        // Django's rule: an indexed, unique or primary key varchar or text column, such as django_session's session_key.
        if (!field.hasColumn() || field.isAuto() || !(field.hasDbIndex() || field.isUniqueColumn())) {
            return null;
        }
        String type = columnType(field, state);
        String opclass = type.startsWith("varchar") ? "varchar_pattern_ops"
                : type.startsWith("text") ? "text_pattern_ops" : null;
        if (opclass == null) {
            return null;
        }
        String name = IndexNames.create(model.table(), List.of(field.column()), "_like", vendor.maxNameLength());
        return "CREATE INDEX " + quote(name) + " ON " + quote(model.table()) + " (" + quote(field.column()) + " "
                + opclass + ")";
    }

    @Override
    public void addField(ModelState model, FieldState field, ProjectState state) {
        if (field.isManyToMany()) {
            if (field.through() == null) {
                createModel(state.autoThrough(model.withField(field), field), state);
            }
            return;
        }
        StringBuilder definition = new StringBuilder(columnSql(field, state, true));
        String check = columnCheck(field);
        if (check != null) {
            definition.append(" CHECK (").append(check).append(')');
        }
        if (field.isForeignKey()) {
            ModelState target = state.model(field.relatedModel());
            String name = quote(foreignKeyName(model, field, state));
            definition.append(" CONSTRAINT ").append(name).append(" REFERENCES ").append(quote(target.table()))
                    .append("(").append(quote(target.primaryKey().column()))
                    .append(") DEFERRABLE INITIALLY DEFERRED; SET CONSTRAINTS ").append(name).append(" IMMEDIATE");
        }
        execute("ALTER TABLE " + quote(model.table()) + " ADD COLUMN " + quote(field.column()) + " " + definition);
        if (field.effectiveDefault() != null) {
            execute("ALTER TABLE " + quote(model.table()) + " ALTER COLUMN " + quote(field.column())
                    + " DROP DEFAULT");
        }
        for (String sql : fieldIndexes(model, field, state)) {
            defer(model.table(), field.column(), sql);
        }
    }

    @Override
    public void removeField(ModelState model, FieldState field, ProjectState state) {
        if (field.isManyToMany()) {
            if (field.through() == null) {
                deleteModel(state.autoThrough(model, field), state);
            }
            return;
        }
        execute("ALTER TABLE " + quote(model.table()) + " DROP COLUMN " + quote(field.column()) + " CASCADE");
        deferred.removeIf(d -> d.table().equals(model.table()) && field.column().equals(d.column()));
    }

    /** Django's {@code _alter_field} order: drop what changes, rename, retype, null, then add what is new. */
    @Override
    public void alterField(ModelState before, FieldState oldField, ModelState after, FieldState newField,
                           ProjectState from, ProjectState to) {
        if (oldField.isManyToMany() || newField.isManyToMany()) {
            alterManyToMany(before, oldField, after, newField, from, to);
            return;
        }
        String table = quote(before.table());
        String oldType = columnType(oldField, from);
        String newType = columnType(newField, to);
        boolean typeChanged = !oldType.equals(newType);
        String oldLike = likeIndexSql(before, oldField, from);
        if (oldLike != null && typeChanged && !likeFamily(oldType).equals(likeFamily(newType))) {
            dropIndex(IndexNames.create(before.table(), List.of(oldField.column()), "_like", vendor.maxNameLength()));
            oldLike = null;
        }
        boolean foreignKeyChanged = oldField.isForeignKey()
                && (!newField.isForeignKey() || typeChanged
                || !Objects.equals(oldField.relatedModel(), newField.relatedModel()));
        if (foreignKeyChanged) {
            for (String name : namesOr(before.table(), oldField.column(), c -> c.kind().equals("foreign key"),
                    foreignKeyName(before, oldField, from))) {
                execute("SET CONSTRAINTS " + quote(name) + " IMMEDIATE; ALTER TABLE " + table + " DROP CONSTRAINT "
                        + quote(name));
            }
        }
        if (oldField.isUnique() && (!newField.isUnique() || typeChanged)) {
            for (String name : namesOr(before.table(), oldField.column(), c -> c.kind().equals("unique"),
                    IndexNames.create(before.table(), List.of(oldField.column()), "_uniq", vendor.maxNameLength()))) {
                execute("ALTER TABLE " + table + " DROP CONSTRAINT " + quote(name));
            }
        }
        boolean hadIndex = oldField.hasDbIndex() && !oldField.isUnique();
        boolean hasIndex = newField.hasDbIndex() && !newField.isUnique();
        if (hadIndex && !hasIndex) {
            Set<String> metaIndexNames = new HashSet<>();
            before.indexes().forEach(i -> metaIndexNames.add(i.name()));
            List<String> names = introspectedNames(before.table(), c -> c.kind().equals("index")
                    && c.columns().equals(List.of(oldField.column())) && !metaIndexNames.contains(c.name()));
            for (String name : names == null ? List.of(fieldIndexName(before, oldField)) : names) {
                dropIndex(name);
            }
            String likeName = IndexNames.create(before.table(), List.of(oldField.column()), "_like",
                    vendor.maxNameLength());
            if (names != null && names.contains(likeName)) {
                oldLike = null;
            }
        }
        String oldCheck = columnCheck(oldField);
        String newCheck = columnCheck(newField);
        if (oldCheck != null && !oldCheck.equals(newCheck)) {
            for (String name : namesOr(before.table(), oldField.column(), c -> c.kind().equals("check"),
                    IndexNames.create(before.table(), List.of(oldField.column()), "_check", vendor.maxNameLength()))) {
                execute("ALTER TABLE " + table + " DROP CONSTRAINT " + quote(name));
            }
        }
        if (!oldField.column().equals(newField.column())) {
            execute("ALTER TABLE " + table + " RENAME COLUMN " + quote(oldField.column()) + " TO "
                    + quote(newField.column()));
        }
        String column = quote(newField.column());
        if (typeChanged) {
            // Django casts only when the kind of type changes, not for varchar(200) to varchar(300).
            boolean cast = !oldType.replaceAll("\\(.*\\)", "").equals(newType.replaceAll("\\(.*\\)", ""));
            execute("ALTER TABLE " + table + " ALTER COLUMN " + column + " TYPE " + newType
                    + (cast ? " USING " + column + "::" + newType : ""));
        }
        if (oldField.isNullable() && !newField.isNullable()) {
            Object fill = newField.effectiveDefault();
            if (fill != null) {
                execute("ALTER TABLE " + table + " ALTER COLUMN " + column + " SET DEFAULT " + quoteValue(fill));
                execute("UPDATE " + table + " SET " + column + " = " + quoteValue(fill) + " WHERE " + column
                        + " IS NULL");
                execute("ALTER TABLE " + table + " ALTER COLUMN " + column + " SET NOT NULL");
                execute("ALTER TABLE " + table + " ALTER COLUMN " + column + " DROP DEFAULT");
            } else {
                execute("ALTER TABLE " + table + " ALTER COLUMN " + column + " SET NOT NULL");
            }
        } else if (!oldField.isNullable() && newField.isNullable()) {
            execute("ALTER TABLE " + table + " ALTER COLUMN " + column + " DROP NOT NULL");
        }
        if (newField.isUnique() && (!oldField.isUnique() || typeChanged)) {
            execute(uniqueSql(after, List.of(newField.column())));
        }
        if (!hadIndex && hasIndex) {
            execute(fieldIndexSql(after, newField));
        }
        if (newField.isForeignKey() && (!oldField.isForeignKey() || foreignKeyChanged)) {
            execute(foreignKeySql(after, newField, to));
        }
        if (newCheck != null && !newCheck.equals(oldCheck)) {
            execute("ALTER TABLE " + table + " ADD CONSTRAINT " + quote(IndexNames.create(after.table(),
                    List.of(newField.column()), "_check", vendor.maxNameLength())) + " CHECK (" + newCheck + ")");
        }
        String newLike = likeIndexSql(after, newField, to);
        if (newLike != null && oldLike == null) {
            execute(newLike);
        }
        if (oldLike != null && newLike == null) {
            dropIndex(IndexNames.create(before.table(), List.of(oldField.column()), "_like", vendor.maxNameLength()));
        }
    }

    private static String likeFamily(String type) {
        return type.startsWith("varchar") ? "varchar" : type.startsWith("text") ? "text" : "";
    }

    private void dropIndex(String name) {
        execute("DROP INDEX IF EXISTS " + quote(name));
    }

    /** The introspected names of a column's constraints of a kind, or Django's name without a database. */
    private List<String> namesOr(String table, String column, Predicate<SchemaIntrospector.Constraint> kind,
                                 String expectedName) {
        List<String> names = introspectedNames(table, c -> kind.test(c) && c.columns().equals(List.of(column)));
        return names == null ? List.of(expectedName) : names;
    }

    @Override
    public void alterUniqueTogether(ModelState before, ModelState after, ProjectState state) {
        Set<List<String>> old = togetherSet(before);
        Set<List<String>> now = togetherSet(after);
        for (List<String> fields : old) {
            if (!now.contains(fields)) {
                List<String> columns = columnsOf(before, fields);
                dropNamed(before.table(), introspectedNames(before.table(),
                        c -> c.kind().equals("unique") && c.columns().equals(columns)), uniqueName(before, columns));
            }
        }
        for (List<String> fields : now) {
            if (!old.contains(fields)) {
                execute(uniqueSql(after, columnsOf(after, fields)));
            }
        }
    }

    @Override
    public void addConstraint(ModelState before, ModelState after, ConstraintState constraint, ProjectState state) {
        execute("ALTER TABLE " + quote(after.table()) + " ADD " + constraintDefinition(after, constraint));
    }

    @Override
    public void removeConstraint(ModelState before, ModelState after, ConstraintState constraint,
                                 ProjectState state) {
        execute("ALTER TABLE " + quote(before.table()) + " DROP CONSTRAINT " + quote(constraint.name()));
    }

    private void dropNamed(String table, List<String> names, String expectedName) {
        for (String name : names == null ? List.of(expectedName) : names) {
            execute("ALTER TABLE " + quote(table) + " DROP CONSTRAINT " + quote(name));
        }
    }

    /** The names of a table's constraints that match, or null when there is no database to ask (sqlmigrate). */
    private List<String> introspectedNames(String table, Predicate<SchemaIntrospector.Constraint> match) {
        if (connection == null) {
            return null;
        }
        try {
            return new PostgresIntrospection(connection).table(table).constraints().stream()
                    .filter(match).map(SchemaIntrospector.Constraint::name).toList();
        } catch (SQLException e) {
            throw new MigrationError("Could not read the constraints of table " + table + ": " + e.getMessage(), e);
        }
    }
}
