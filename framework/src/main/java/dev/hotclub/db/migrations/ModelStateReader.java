package dev.hotclub.db.migrations;

import dev.hotclub.db.models.FieldKind;
import dev.hotclub.db.models.FieldMeta;
import dev.hotclub.db.models.Meta;
import dev.hotclub.db.models.Model;
import dev.hotclub.db.models.ModelMeta;
import dev.hotclub.db.models.TableSql;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Turns the ORM's model metadata into the migrations' states (Django's {@code ModelState.from_model}). Field names
 * take Django's spelling ({@code pubDate} is the field {@code pub_date}), so migration files, their names
 * ({@code 0002_question_pub_date}) and the schema editor's index names read as Django's; a column is written only
 * where it is not the one that spelling gives. Only what shapes the schema or the migrations is carried over.
 */
final class ModelStateReader {
    private ModelStateReader() {
    }

    static List<ModelState> read(Collection<Class<? extends Model>> modelClasses) {
        List<ModelState> states = new ArrayList<>();
        for (Class<? extends Model> modelClass : modelClasses) {
            states.add(read(ModelMeta.of(modelClass)));
        }
        return states;
    }

    static ModelState read(ModelMeta meta) {
        List<FieldState> fields = meta.fields().stream().map(f -> field(meta, f)).toList();
        Meta options = meta.modelClass().getAnnotation(Meta.class);
        String defaultTable = meta.appLabel().toLowerCase(Locale.ROOT) + "_" + meta.modelName();
        ModelState state = ModelState.of(meta.appLabel(), meta.objectName(), fields)
                .withDbTable(meta.dbTable().equals(defaultTable) ? null : meta.dbTable())
                .withOrdering(meta.ordering().stream().map(ModelStateReader::fieldPath).toList());
        List<List<String>> together = new ArrayList<>();
        if (options != null) {
            for (String entry : options.uniqueTogether()) {
                together.add(Arrays.stream(entry.split(",")).map(String::trim).map(TableSql::snakeCase).toList());
            }
        }
        List<ConstraintState> constraints = new ArrayList<>();
        for (ModelMeta.Unique unique : meta.uniqueConstraints()) {
            List<String> names = unique.fields().stream().map(TableSql::snakeCase).toList();
            if (!together.contains(names)) {
                constraints.add(new ConstraintState.Unique(unique.name(), names));
            }
        }
        for (ModelMeta.Check check : meta.checkConstraints()) {
            // Compiled once, with PostgreSQL's spelling: the comparisons a check holds are the same SQL on SQLite.
            constraints.add(new ConstraintState.Check(check.name(),
                    TableSql.checkCondition(meta, check, dev.hotclub.db.Vendor.POSTGRESQL)));
        }
        return state.withUniqueTogether(together)
                .withIndexes(meta.indexes().stream().map(index -> new IndexState(index.name(),
                        index.fields().stream().map(ModelStateReader::fieldPath).toList())).toList())
                .withConstraints(constraints)
                .withVerboseNames(options == null || options.verboseName().isEmpty() ? null : options.verboseName(),
                        options == null || options.verboseNamePlural().isEmpty() ? null : options.verboseNamePlural());
    }

    /** {@code -pubDate} -> {@code -pub_date}; {@code question__pubDate} -> {@code question__pub_date}. */
    private static String fieldPath(String javaPath) {
        boolean descending = javaPath.startsWith("-");
        String path = descending ? javaPath.substring(1) : javaPath;
        String snake = String.join("__", Arrays.stream(path.split("__")).map(TableSql::snakeCase).toList());
        return (descending ? "-" : "") + snake;
    }

    private static FieldState field(ModelMeta meta, FieldMeta f) {
        String name = TableSql.snakeCase(f.name());
        if (f.primaryKey()) {
            return "AutoField".equals(meta.autoField()) ? Fields.autoField(name) : Fields.bigAutoField(name);
        }
        FieldState state = Fields.of(name, f.kind().djangoName())
                .nullable(f.nullable())
                .blank(f.blank())
                .unique(f.unique())
                .dbIndex(f.dbIndex())
                .maxLength(f.maxLength())
                .digits(f.maxDigits(), f.decimalPlaces());
        if (f.relatedModel() != null) {
            state = state.relatedModel(ModelMeta.of(f.relatedModel()).label())
                    .relatedName(f.relatedName() == null || f.relatedName().isEmpty() ? null : f.relatedName());
            if (f.onDelete() != null) {
                state = state.onDelete(OnDelete.valueOf(f.onDelete().name()));
            }
            if (f.through() != null) {
                state = state.through(ModelMeta.of(f.through()).label());
            }
        }
        if (f.column() != null) {
            String column = f.kind().isRelation() ? name + "_id" : name;
            if (!f.column().equals(column)) {
                state = state.dbColumn(f.column());
            }
        }
        Object constant = constantDefault(meta, f);
        return constant == null ? state : state.withDefault(constant);
    }

    /**
     * A default that a migration can hold: a constant the initializer gives every instance ({@code votes = 0},
     * {@code status = Status.DRAFT}). A value computed per instance ({@code Instant.now()}, a random UUID) is no
     * default for the schema, as a callable's result is none in Django's migrations.
     */
    private static Object constantDefault(ModelMeta meta, FieldMeta f) {
        if (!f.hasDefault() || f.kind() == FieldKind.MANY_TO_MANY) {
            return null;
        }
        Object value = f.defaultValue();
        Object constant = null;
        if (value instanceof Enum<?> e) {
            constant = e.name();
        } else if (value instanceof String || value instanceof Integer || value instanceof Long
                || value instanceof Boolean || value instanceof Double || value instanceof BigDecimal) {
            constant = value;
        } else if (value instanceof Short s) {
            constant = (int) s;
        } else if (value instanceof Float x) {
            constant = (double) x;
        }
        if (constant == null) {
            return null;
        }
        Object again = f.get(freshInstance(meta));
        return Objects.equals(value, again) ? constant : null;
    }

    private static Object freshInstance(ModelMeta meta) {
        try {
            var constructor = meta.modelClass().getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Could not create an instance of " + meta.modelClass().getName() + ": " + e, e);
        }
    }
}
