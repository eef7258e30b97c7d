package dev.hotclub.db.migrations;

import dev.hotclub.db.migrations.operations.AddConstraint;
import dev.hotclub.db.migrations.operations.AddField;
import dev.hotclub.db.migrations.operations.AddIndex;
import dev.hotclub.db.migrations.operations.AlterField;
import dev.hotclub.db.migrations.operations.AlterModelOptions;
import dev.hotclub.db.migrations.operations.AlterModelTable;
import dev.hotclub.db.migrations.operations.AlterUniqueTogether;
import dev.hotclub.db.migrations.operations.CreateModel;
import dev.hotclub.db.migrations.operations.DeleteModel;
import dev.hotclub.db.migrations.operations.RemoveConstraint;
import dev.hotclub.db.migrations.operations.RemoveField;
import dev.hotclub.db.migrations.operations.RemoveIndex;
import dev.hotclub.db.migrations.operations.RenameField;
import dev.hotclub.db.migrations.operations.RenameModel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares the state the migrations build with the models now and lists, per app, the operations that turn one
 * into the other (Django's {@code MigrationAutodetector}). Renames are asked, never guessed; a new NOT NULL field
 * without a default asks for a one-off default.
 */
public final class Autodetector {
    private final ProjectState to;
    private final Questioner questioner;
    private ProjectState from;

    /** The operations of one app and the other apps whose models they refer to. */
    public record AppChanges(String app, List<Operation> operations, Set<String> dependsOnApps) {
    }

    public Autodetector(ProjectState from, ProjectState to, Questioner questioner) {
        this.from = from;
        this.to = to;
        this.questioner = questioner;
    }

    /** The changes of the given apps (every app with models when empty), apps without changes left out. */
    public Map<String, AppChanges> changes(Set<String> apps) {
        Set<String> labels = new TreeSet<>();
        for (ModelState model : to.models()) {
            labels.add(model.app());
        }
        for (ModelState model : from.models()) {
            labels.add(model.app());
        }
        if (!apps.isEmpty()) {
            labels.retainAll(apps);
        }
        Map<String, AppChanges> changes = new LinkedHashMap<>();
        for (String app : labels) {
            List<Operation> operations = appChanges(app);
            if (!operations.isEmpty()) {
                changes.put(app, new AppChanges(app, operations, otherApps(app, operations)));
            }
        }
        return changes;
    }

    private List<Operation> appChanges(String app) {
        List<Operation> renames = new ArrayList<>();
        List<Operation> removals = new ArrayList<>();
        List<Operation> creates = new ArrayList<>();
        List<Operation> fieldChanges = new ArrayList<>();
        List<Operation> deletes = new ArrayList<>();
        List<Operation> additions = new ArrayList<>();

        List<ModelState> added = new ArrayList<>(to.models(app).stream()
                .filter(m -> from.find(app, m.name()).isEmpty()).toList());
        List<ModelState> removed = new ArrayList<>(from.models(app).stream()
                .filter(m -> to.find(app, m.name()).isEmpty()).toList());
        for (ModelState newModel : List.copyOf(added)) {
            for (ModelState oldModel : List.copyOf(removed)) {
                if (sameFields(oldModel, newModel) && questioner.askRenameModel(oldModel, newModel)) {
                    RenameModel rename = new RenameModel(oldModel.name(), newModel.name());
                    renames.add(rename);
                    from = rename.stateForwards(app, from);
                    added.remove(newModel);
                    removed.remove(oldModel);
                    break;
                }
            }
        }
        for (ModelState newModel : to.models(app)) {
            if (added.contains(newModel)) {
                continue;
            }
            ModelState oldModel = from.model(app, newModel.name());
            for (FieldState field : newModel.fields()) {
                if (oldModel.field(field.name()).isPresent()) {
                    continue;
                }
                for (FieldState oldField : oldModel.fields()) {
                    if (newModel.field(oldField.name()).isEmpty() && oldField.sameDefinitionAs(field)
                            && questioner.askRenameField(newModel.nameLower(), oldField.name(), field.name(),
                            field.kind())) {
                        RenameField rename = new RenameField(newModel.name(), oldField.name(), field.name());
                        renames.add(rename);
                        from = rename.stateForwards(app, from);
                        oldModel = from.model(app, newModel.name());
                        break;
                    }
                }
            }
        }
        for (ModelState newModel : to.models(app)) {
            if (added.contains(newModel)) {
                continue;
            }
            ModelState oldModel = from.model(app, newModel.name());
            if (!oldModel.table().equals(newModel.table())) {
                renames.add(new AlterModelTable(newModel.name(), newModel.dbTable()));
                from = renames.get(renames.size() - 1).stateForwards(app, from);
                oldModel = from.model(app, newModel.name());
            }
            metaRemovals(oldModel, newModel, removals);
            for (FieldState oldField : oldModel.fields()) {
                if (newModel.field(oldField.name()).isEmpty()) {
                    fieldChanges.add(new RemoveField(newModel.name(), oldField.name()));
                }
            }
            for (FieldState field : newModel.fields()) {
                var oldField = oldModel.field(field.name());
                if (oldField.isEmpty()) {
                    fieldChanges.add(addField(newModel, field));
                } else if (!oldField.get().equals(field)) {
                    fieldChanges.add(alterField(newModel, oldField.get(), field));
                }
            }
            metaAdditions(oldModel, newModel, additions);
        }
        creates.addAll(createModels(app, added, additions));
        // Delete models that point at other deleted models first, so that undoing recreates the targets first.
        List<ModelState> pendingDeletes = new ArrayList<>(removed);
        while (!pendingDeletes.isEmpty()) {
            ModelState next = pendingDeletes.stream().filter(m -> pendingDeletes.stream().noneMatch(other ->
                    other != m && other.fields().stream().anyMatch(f -> f.isRelation()
                            && f.relatedModel().equals(m.key())))).findFirst().orElse(pendingDeletes.get(0));
            pendingDeletes.remove(next);
            deletes.add(new DeleteModel(next.name()));
        }
        List<Operation> all = new ArrayList<>();
        all.addAll(renames);
        all.addAll(removals);
        all.addAll(creates);
        all.addAll(fieldChanges);
        all.addAll(deletes);
        all.addAll(additions);
        return all;
    }

    private Operation addField(ModelState model, FieldState field) {
        boolean needsDefault = !field.isNullable() && !field.hasDefault() && !field.isManyToMany()
                && !field.isAuto() && field.effectiveDefault() == null;
        if (needsDefault) {
            Object value = questioner.askNotNullAddition(field.name(), model.nameLower());
            return new AddField(model.name(), field.withDefault(value), false);
        }
        return new AddField(model.name(), field);
    }

    private Operation alterField(ModelState model, FieldState oldField, FieldState field) {
        if (oldField.isNullable() && !field.isNullable() && field.effectiveDefault() == null
                && !field.isManyToMany()) {
            Object value = questioner.askNotNullAlteration(field.name(), model.nameLower());
            if (value != Questioner.IGNORE) {
                return new AlterField(model.name(), field.withDefault(value), false);
            }
        }
        return new AlterField(model.name(), field);
    }

    /** New models, targets first; a relation to a model created later in the migration becomes an AddField. */
    private List<Operation> createModels(String app, List<ModelState> added, List<Operation> additions) {
        List<ModelState> pending = new ArrayList<>(added);
        List<Operation> operations = new ArrayList<>();
        List<Operation> laterFields = new ArrayList<>();
        while (!pending.isEmpty()) {
            ModelState next = pending.stream().filter(m -> m.fields().stream().allMatch(f ->
                            !f.isRelation() || !isPending(f, pending, m))).findFirst().orElse(pending.get(0));
            pending.remove(next);
            List<FieldState> fields = new ArrayList<>();
            // Django's generate_created_models: the plain fields in their order, then the relations sorted by
            // name (added as AddFields that its optimizer folds back in), so the columns come in Django's order.
            List<FieldState> relations = new ArrayList<>();
            for (FieldState field : next.fields()) {
                if (field.isRelation() && isPending(field, pending, next)) {
                    laterFields.add(new AddField(next.name(), field));
                } else if (field.isRelation()) {
                    relations.add(field);
                } else {
                    fields.add(field);
                }
            }
            relations.sort(java.util.Comparator.comparing(FieldState::name));
            fields.addAll(relations);
            ModelState model = next.withFields(fields);
            boolean deferredMeta = fields.size() != next.fields().size();
            operations.add(CreateModel.of(deferredMeta ? model.withUniqueTogether(List.of())
                    .withIndexes(List.of()).withConstraints(List.of()) : model));
            if (deferredMeta) {
                metaAdditions(next.withUniqueTogether(List.of()).withIndexes(List.of()).withConstraints(List.of()),
                        next, additions);
            }
        }
        operations.addAll(laterFields);
        return operations;
    }

    private boolean isPending(FieldState field, List<ModelState> pending, ModelState self) {
        String target = field.relatedModel().toLowerCase();
        return !target.equals(self.key()) && pending.stream().anyMatch(m -> m.key().equals(target));
    }

    private void metaRemovals(ModelState oldModel, ModelState newModel, List<Operation> out) {
        for (IndexState index : oldModel.indexes()) {
            if (!newModel.indexes().contains(index)) {
                out.add(new RemoveIndex(newModel.name(), index.name()));
            }
        }
        for (ConstraintState constraint : oldModel.constraints()) {
            if (!newModel.constraints().contains(constraint)) {
                out.add(new RemoveConstraint(newModel.name(), constraint.name()));
            }
        }
        List<List<String>> kept = oldModel.uniqueTogether().stream()
                .filter(newModel.uniqueTogether()::contains).toList();
        if (kept.size() != oldModel.uniqueTogether().size()) {
            out.add(new AlterUniqueTogether(newModel.name(), kept));
        }
    }

    private void metaAdditions(ModelState oldModel, ModelState newModel, List<Operation> out) {
        List<List<String>> kept = oldModel.uniqueTogether().stream()
                .filter(newModel.uniqueTogether()::contains).toList();
        if (!kept.equals(newModel.uniqueTogether())) {
            out.add(new AlterUniqueTogether(newModel.name(), newModel.uniqueTogether()));
        }
        for (IndexState index : newModel.indexes()) {
            if (!oldModel.indexes().contains(index)) {
                out.add(new AddIndex(newModel.name(), index));
            }
        }
        for (ConstraintState constraint : newModel.constraints()) {
            if (!oldModel.constraints().contains(constraint)) {
                out.add(new AddConstraint(newModel.name(), constraint));
            }
        }
        boolean optionsChanged = !oldModel.ordering().equals(newModel.ordering())
                || !Objects.equals(oldModel.verboseName(), newModel.verboseName())
                || !Objects.equals(oldModel.verboseNamePlural(), newModel.verboseNamePlural());
        if (optionsChanged && from.find(oldModel.app(), oldModel.name()).isPresent()) {
            out.add(new AlterModelOptions(newModel.name(), newModel.ordering(), newModel.verboseName(),
                    newModel.verboseNamePlural()));
        }
    }

    private static boolean sameFields(ModelState a, ModelState b) {
        if (a.fields().size() != b.fields().size()) {
            return false;
        }
        for (int i = 0; i < a.fields().size(); i++) {
            FieldState left = a.fields().get(i);
            FieldState right = b.fields().get(i);
            boolean selfReference = left.isRelation() && left.relatedModel().equalsIgnoreCase(a.key())
                    && right.isRelation() && right.relatedModel().equalsIgnoreCase(b.key());
            if (!left.equals(selfReference ? right.relatedModel(left.relatedModel()) : right)) {
                return false;
            }
        }
        return true;
    }

    /** The apps other than {@code app} whose models the operations point at. */
    private Set<String> otherApps(String app, List<Operation> operations) {
        Set<String> apps = new TreeSet<>();
        for (Operation operation : operations) {
            List<FieldState> fields = List.of();
            if (operation instanceof CreateModel create) {
                fields = create.model(app).fields();
            } else if (operation instanceof AddField add) {
                fields = List.of(add.field());
            } else if (operation instanceof AlterField alter) {
                fields = List.of(alter.field());
            }
            for (FieldState field : fields) {
                if (field.isRelation()) {
                    String target = field.relatedModel().substring(0, field.relatedModel().indexOf('.'));
                    if (!target.equalsIgnoreCase(app)) {
                        apps.add(to.model(field.relatedModel()).app());
                    }
                }
            }
        }
        return apps;
    }
}
