package dev.hotclub.db.migrations;

import dev.hotclub.db.models.Model;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * All models of a project at one point in its migration history (Django's {@code ProjectState}). Immutable: each
 * operation's {@code stateForwards} returns a new state. The models now, as the ORM declares them, come in through
 * {@link #fromModels}; the models as they were come from replaying migrations.
 */
public final class ProjectState {
    private final Map<String, ModelState> models;

    private ProjectState(Map<String, ModelState> models) {
        this.models = models;
    }

    public static ProjectState empty() {
        return new ProjectState(Map.of());
    }

    /**
     * The models now, as the ORM declares them: one {@link ModelState} per model class, converted from its
     * {@link dev.hotclub.db.models.ModelMeta} (app label, name, db_table, fields with Django's kinds and options,
     * Meta). The one place the ORM's metadata comes into the migrations; see {@link ModelStateReader}.
     */
    public static ProjectState fromModels(Collection<Class<? extends Model>> modelClasses) {
        return of(ModelStateReader.read(modelClasses));
    }

    /** A state made of the given model states, in their order. */
    public static ProjectState of(Collection<ModelState> currentModels) {
        ProjectState state = empty();
        for (ModelState model : currentModels) {
            state = state.with(model);
        }
        return state;
    }

    public Collection<ModelState> models() {
        return models.values();
    }

    public List<ModelState> models(String app) {
        return models.values().stream().filter(m -> m.app().equalsIgnoreCase(app)).toList();
    }

    public Optional<ModelState> find(String app, String model) {
        return Optional.ofNullable(models.get(ModelState.key(app, model)));
    }

    /** A model given as {@code "app.Model"}. */
    public ModelState model(String appDotModel) {
        int dot = appDotModel.indexOf('.');
        if (dot < 0) {
            throw new IllegalArgumentException("A related model is written 'app.Model', not '" + appDotModel + "'.");
        }
        return model(appDotModel.substring(0, dot), appDotModel.substring(dot + 1));
    }

    public ModelState model(String app, String model) {
        return find(app, model).orElseThrow(() -> new IllegalArgumentException(
                "No model " + app + "." + model + " at this point of the migrations; the models of app '" + app
                        + "' are " + models(app).stream().map(ModelState::name).toList() + "."));
    }

    public ProjectState with(ModelState model) {
        Map<String, ModelState> copy = new LinkedHashMap<>(models);
        copy.put(model.key(), model);
        return new ProjectState(copy);
    }

    public ProjectState without(String app, String model) {
        Map<String, ModelState> copy = new LinkedHashMap<>(models);
        if (copy.remove(ModelState.key(app, model)) == null) {
            throw new IllegalArgumentException("No model " + app + "." + model + " to remove.");
        }
        return new ProjectState(copy);
    }

    /** Replaces a model (possibly under a new name) keeping its place. */
    public ProjectState replace(String app, String oldName, ModelState model) {
        Map<String, ModelState> copy = new LinkedHashMap<>();
        String oldKey = ModelState.key(app, oldName);
        for (Map.Entry<String, ModelState> entry : models.entrySet()) {
            if (entry.getKey().equals(oldKey)) {
                copy.put(model.key(), model);
            } else {
                copy.put(entry.getKey(), entry.getValue());
            }
        }
        return new ProjectState(copy);
    }

    /** Applies a change to every field of every model: how a rename follows the foreign keys pointing at it. */
    public ProjectState mapFields(java.util.function.UnaryOperator<FieldState> change) {
        Map<String, ModelState> copy = new LinkedHashMap<>();
        for (Map.Entry<String, ModelState> entry : models.entrySet()) {
            ModelState model = entry.getValue();
            copy.put(entry.getKey(), model.withFields(model.fields().stream().map(change).toList()));
        }
        return new ProjectState(copy);
    }

    /**
     * The join table a many-to-many without {@code through} creates, as a model: an id, a foreign key to each
     * side, unique together (Django's auto-created through model).
     */
    public ModelState autoThrough(ModelState owner, FieldState field) {
        ModelState target = model(field.relatedModel());
        String from = owner.nameLower();
        String to = target.nameLower();
        boolean self = owner.key().equals(target.key());
        String fromName = self ? "from_" + from : from;
        String toName = self ? "to_" + to : to;
        List<FieldState> fields = List.of(
                // Django gives the join table's id the owner app's automatic key type.
                "AutoField".equals(owner.primaryKey().kind()) ? Fields.autoField("id") : Fields.bigAutoField("id"),
                Fields.foreignKey(fromName, owner.app() + "." + owner.name(), OnDelete.CASCADE),
                Fields.foreignKey(toName, target.app() + "." + target.name(), OnDelete.CASCADE));
        return ModelState.of(owner.app(), owner.name() + "_" + field.name(), fields)
                .withDbTable(owner.table() + "_" + field.name().toLowerCase())
                .withUniqueTogether(List.of(List.of(fromName, toName)));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProjectState state && state.models.equals(models);
    }

    @Override
    public int hashCode() {
        return models.hashCode();
    }

    @Override
    public String toString() {
        return "ProjectState" + models.values();
    }
}
