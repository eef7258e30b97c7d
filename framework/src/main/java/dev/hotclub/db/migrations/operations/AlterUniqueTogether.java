package dev.hotclub.db.migrations.operations;

import dev.hotclub.db.migrations.ModelState;
import dev.hotclub.db.migrations.Operation;
import dev.hotclub.db.migrations.ProjectState;
import dev.hotclub.db.migrations.SchemaEditor;
import dev.hotclub.db.migrations.internal.JavaLiterals;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Sets a model's {@code unique_together}: {@code new AlterUniqueTogether("choice", List.of(List.of("question", "choice_text")))}. */
public record AlterUniqueTogether(String name, List<List<String>> uniqueTogether) implements Operation {
    public AlterUniqueTogether {
        uniqueTogether = uniqueTogether.stream().map(List::copyOf).toList();
    }

    @Override
    public ProjectState stateForwards(String app, ProjectState state) {
        ModelState model = state.model(app, name);
        for (List<String> fields : uniqueTogether) {
            fields.forEach(model::requireField);
        }
        return state.with(model.withUniqueTogether(uniqueTogether));
    }

    @Override
    public void databaseForwards(String app, SchemaEditor editor, ProjectState from, ProjectState to) {
        editor.alterUniqueTogether(from.model(app, name), to.model(app, name), to);
    }

    @Override
    public void databaseBackwards(String app, SchemaEditor editor, ProjectState from, ProjectState to) {
        editor.alterUniqueTogether(from.model(app, name), to.model(app, name), to);
    }

    @Override
    public String describe() {
        return "Alter unique_together for " + name.toLowerCase(Locale.ROOT) + " (" + uniqueTogether.size()
                + " constraint(s))";
    }

    @Override
    public String nameFragment() {
        return "alter_" + name.toLowerCase(Locale.ROOT) + "_unique_together";
    }

    @Override
    public String toJava() {
        return "new AlterUniqueTogether(" + JavaLiterals.string(name) + ", List.of("
                + uniqueTogether.stream().map(JavaLiterals::strings).collect(Collectors.joining(", ")) + "))";
    }
}
