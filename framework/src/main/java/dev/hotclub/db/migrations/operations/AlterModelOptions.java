package dev.hotclub.db.migrations.operations;

import dev.hotclub.db.migrations.ModelState;
import dev.hotclub.db.migrations.Operation;
import dev.hotclub.db.migrations.ProjectState;
import dev.hotclub.db.migrations.SchemaEditor;
import dev.hotclub.db.migrations.internal.JavaLiterals;

import java.util.List;
import java.util.Locale;

/** Changes Meta options that live only in the state (ordering, verbose names): no SQL. */
public record AlterModelOptions(String name, List<String> ordering, String verboseName, String verboseNamePlural)
        implements Operation {
    public AlterModelOptions {
        ordering = List.copyOf(ordering);
    }

    @Override
    public ProjectState stateForwards(String app, ProjectState state) {
        ModelState model = state.model(app, name);
        return state.with(model.withOrdering(ordering).withVerboseNames(verboseName, verboseNamePlural));
    }

    @Override
    public void databaseForwards(String app, SchemaEditor editor, ProjectState from, ProjectState to) {
    }

    @Override
    public void databaseBackwards(String app, SchemaEditor editor, ProjectState from, ProjectState to) {
    }

    @Override
    public String describe() {
        return "Change Meta options on " + name.toLowerCase(Locale.ROOT);
    }

    @Override
    public String nameFragment() {
        return "alter_" + name.toLowerCase(Locale.ROOT) + "_options";
    }

    @Override
    public String toJava() {
        return "new AlterModelOptions(" + JavaLiterals.string(name) + ", " + JavaLiterals.strings(ordering) + ", "
                + JavaLiterals.literal(verboseName) + ", " + JavaLiterals.literal(verboseNamePlural) + ")";
    }
}
