package dev.hotclub.db.migrations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A model as it was at some migration (Django's {@code ModelState}): its app label, name, fields in order and the
 * Meta options the schema or the migrations care about. {@code dbTable} null means Django's default
 * {@code <app>_<model lower case>}.
 */
public record ModelState(
        String app,
        String name,
        List<FieldState> fields,
        String dbTable,
        List<String> ordering,
        List<List<String>> uniqueTogether,
        List<IndexState> indexes,
        List<ConstraintState> constraints,
        String verboseName,
        String verboseNamePlural) {

    public ModelState {
        fields = List.copyOf(fields);
        ordering = ordering == null ? List.of() : List.copyOf(ordering);
        uniqueTogether = uniqueTogether == null ? List.of() : uniqueTogether.stream().map(List::copyOf).toList();
        indexes = indexes == null ? List.of() : List.copyOf(indexes);
        constraints = constraints == null ? List.of() : List.copyOf(constraints);
    }

    public static ModelState of(String app, String name, List<FieldState> fields) {
        return new ModelState(app, name, fields, null, null, null, null, null, null, null);
    }

    /** {@code app.model} in lower case: the key models are known by. */
    public String key() {
        return key(app, name);
    }

    public static String key(String app, String model) {
        return (app + "." + model).toLowerCase(Locale.ROOT);
    }

    public String nameLower() {
        return name.toLowerCase(Locale.ROOT);
    }

    public String table() {
        return dbTable != null ? dbTable : app.toLowerCase(Locale.ROOT) + "_" + nameLower();
    }

    public Optional<FieldState> field(String fieldName) {
        return fields.stream().filter(f -> f.name().equalsIgnoreCase(fieldName)).findFirst();
    }

    public FieldState requireField(String fieldName) {
        return field(fieldName).orElseThrow(() -> new IllegalArgumentException(
                "Model " + app + "." + name + " has no field '" + fieldName + "'; its fields are "
                        + fields.stream().map(FieldState::name).toList() + "."));
    }

    public FieldState primaryKey() {
        return fields.stream().filter(FieldState::isPrimaryKey).findFirst().orElseThrow(() ->
                new IllegalStateException("Model " + app + "." + name + " has no primary key field."));
    }

    public ModelState withFields(List<FieldState> newFields) {
        return new ModelState(app, name, newFields, dbTable, ordering, uniqueTogether, indexes, constraints,
                verboseName, verboseNamePlural);
    }

    public ModelState withField(FieldState field) {
        List<FieldState> list = new ArrayList<>(fields);
        list.add(field);
        return withFields(list);
    }

    public ModelState withoutField(String fieldName) {
        return withFields(fields.stream().filter(f -> !f.name().equalsIgnoreCase(fieldName)).toList());
    }

    public ModelState replacingField(String fieldName, UnaryOperator<FieldState> change) {
        return withFields(fields.stream().map(f -> f.name().equalsIgnoreCase(fieldName) ? change.apply(f) : f).toList());
    }

    public ModelState withName(String newName) {
        return new ModelState(app, newName, fields, dbTable, ordering, uniqueTogether, indexes, constraints,
                verboseName, verboseNamePlural);
    }

    public ModelState withDbTable(String table) {
        return new ModelState(app, name, fields, table, ordering, uniqueTogether, indexes, constraints,
                verboseName, verboseNamePlural);
    }

    public ModelState withOrdering(List<String> value) {
        return new ModelState(app, name, fields, dbTable, value, uniqueTogether, indexes, constraints,
                verboseName, verboseNamePlural);
    }

    public ModelState withUniqueTogether(List<List<String>> value) {
        return new ModelState(app, name, fields, dbTable, ordering, value, indexes, constraints,
                verboseName, verboseNamePlural);
    }

    public ModelState withIndexes(List<IndexState> value) {
        return new ModelState(app, name, fields, dbTable, ordering, uniqueTogether, value, constraints,
                verboseName, verboseNamePlural);
    }

    public ModelState withConstraints(List<ConstraintState> value) {
        return new ModelState(app, name, fields, dbTable, ordering, uniqueTogether, indexes, value,
                verboseName, verboseNamePlural);
    }

    public ModelState withVerboseNames(String singular, String plural) {
        return new ModelState(app, name, fields, dbTable, ordering, uniqueTogether, indexes, constraints,
                singular, plural);
    }
}
