package dev.hotclub.db.migrations.operations;

import dev.hotclub.db.migrations.ConstraintState;
import dev.hotclub.db.migrations.FieldState;
import dev.hotclub.db.migrations.IndexState;
import dev.hotclub.db.migrations.ModelState;
import dev.hotclub.db.migrations.Operation;
import dev.hotclub.db.migrations.ProjectState;
import dev.hotclub.db.migrations.SchemaEditor;
import dev.hotclub.db.migrations.internal.JavaLiterals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Creates a model's table (and its many-to-many join tables):
 * {@code new CreateModel("Question", List.of(bigAutoField("id"), charField("question_text", 200)))
 * .ordering("-pub_date")}. Its Meta options are set with the {@code ordering}, {@code indexes},
 * {@code constraints}, {@code uniqueTogether}, {@code dbTable} and {@code verboseName} methods.
 */
public final class CreateModel implements Operation {
    private final ModelState model;
    private final String swappable;

    public CreateModel(String name, List<FieldState> fields) {
        this(ModelState.of("", name, fields), null);
    }

    private CreateModel(ModelState model, String swappable) {
        this.model = model;
        this.swappable = swappable;
    }

    /** The operation that creates {@code model} as it is (the autodetector's and the one-step schema's way). */
    public static CreateModel of(ModelState model) {
        return new CreateModel(model, null);
    }

    /**
     * Django's {@code swappable} option: the model can be replaced by the setting {@code setting}
     * ({@code AUTH_USER_MODEL}). When a project sets it to another model, this model's table is not created and the
     * model is left out of the migrated state (see {@link dev.hotclub.db.migrations.MigrationLoader}).
     */
    public CreateModel swappable(String setting) {
        return new CreateModel(model, setting);
    }

    /** The setting that can replace this model, or null. */
    public String swappable() {
        return swappable;
    }

    public String name() {
        return model.name();
    }

    public ModelState model(String app) {
        return new ModelState(app, model.name(), model.fields(), model.dbTable(), model.ordering(),
                model.uniqueTogether(), model.indexes(), model.constraints(), model.verboseName(),
                model.verboseNamePlural());
    }

    public CreateModel ordering(String... fields) {
        return new CreateModel(model.withOrdering(List.of(fields)), swappable);
    }

    public CreateModel indexes(IndexState... indexes) {
        return new CreateModel(model.withIndexes(List.of(indexes)), swappable);
    }

    public CreateModel constraints(ConstraintState... constraints) {
        return new CreateModel(model.withConstraints(List.of(constraints)), swappable);
    }

    @SafeVarargs
    public final CreateModel uniqueTogether(List<String>... fieldSets) {
        return new CreateModel(model.withUniqueTogether(Arrays.asList(fieldSets)), swappable);
    }

    public CreateModel dbTable(String table) {
        return new CreateModel(model.withDbTable(table), swappable);
    }

    public CreateModel verboseName(String singular, String plural) {
        return new CreateModel(model.withVerboseNames(singular, plural), swappable);
    }

    @Override
    public ProjectState stateForwards(String app, ProjectState state) {
        if (state.find(app, model.name()).isPresent()) {
            throw new IllegalArgumentException("CreateModel(" + model.name() + "): app '" + app
                    + "' already has a model of that name at this point of its migrations.");
        }
        return state.with(model(app));
    }

    @Override
    public void databaseForwards(String app, SchemaEditor editor, ProjectState from, ProjectState to) {
        editor.createModel(to.model(app, model.name()), to);
    }

    @Override
    public void databaseBackwards(String app, SchemaEditor editor, ProjectState from, ProjectState to) {
        editor.deleteModel(from.model(app, model.name()), from);
    }

    @Override
    public String describe() {
        return "Create model " + model.name();
    }

    @Override
    public String nameFragment() {
        return model.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toJava() {
        StringBuilder out = new StringBuilder("new CreateModel(").append(JavaLiterals.string(model.name()))
                .append(", List.of(\n");
        List<String> fields = new ArrayList<>();
        for (FieldState field : model.fields()) {
            fields.add("                        " + JavaLiterals.field(field));
        }
        out.append(String.join(",\n", fields)).append("))");
        if (model.dbTable() != null) {
            out.append("\n                .dbTable(").append(JavaLiterals.string(model.dbTable())).append(')');
        }
        if (!model.ordering().isEmpty()) {
            out.append("\n                .ordering(").append(joined(model.ordering())).append(')');
        }
        if (!model.uniqueTogether().isEmpty()) {
            out.append("\n                .uniqueTogether(").append(model.uniqueTogether().stream()
                    .map(JavaLiterals::strings).collect(Collectors.joining(", "))).append(')');
        }
        if (!model.indexes().isEmpty()) {
            out.append("\n                .indexes(").append(model.indexes().stream()
                    .map(OperationSource::index).collect(Collectors.joining(", "))).append(')');
        }
        if (!model.constraints().isEmpty()) {
            out.append("\n                .constraints(").append(model.constraints().stream()
                    .map(OperationSource::constraint).collect(Collectors.joining(", "))).append(')');
        }
        if (model.verboseName() != null || model.verboseNamePlural() != null) {
            out.append("\n                .verboseName(").append(JavaLiterals.literal(model.verboseName()))
                    .append(", ").append(JavaLiterals.literal(model.verboseNamePlural())).append(')');
        }
        if (swappable != null) {
            out.append("\n                .swappable(").append(JavaLiterals.string(swappable)).append(')');
        }
        return out.toString();
    }

    static String joined(List<String> values) {
        return values.stream().map(JavaLiterals::string).collect(Collectors.joining(", "));
    }
}
