package dev.hotclub.db.models;

import dev.hotclub.db.DatabaseSettings;
import dev.hotclub.db.models.internal.RelationSlots;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A database table as a Java class (Django's {@code models.Model}): public fields with field annotations, an
 * automatic {@code id} primary key (or one declared with {@code primaryKey = true}), and a {@link Manager} to query it.
 *
 * <pre>{@code
 * @Meta(ordering = "-pubDate")
 * public class Question extends Model {
 *     public static final Manager<Question> objects = Manager.of(Question.class);
 *
 *     @CharField(maxLength = 200) public String questionText;
 *     @DateTimeField(verboseName = "date published") public Instant pubDate;
 *
 *     public RelatedManager<Choice> choiceSet() { return related(Choice.class); }
 * }
 *
 * public class Choice extends Model {
 *     public static final Manager<Choice> objects = Manager.of(Choice.class);
 *
 *     @ForeignKey(onDelete = OnDelete.CASCADE) public Ref<Question> question;
 *     @CharField(maxLength = 200) public String choiceText;
 *     @IntegerField public int votes = 0;
 * }
 * }</pre>
 *
 * A field's initializer is its default ({@code votes = 0}); {@code Ref} and {@code ManyToMany} fields are filled
 * in by the constructor. The class needs a constructor without parameters.
 */
public abstract class Model {
    /**
     * The automatic primary key (Django's BigAutoField {@code id}); null until the instance is saved. A model that
     * declares its own primary key ({@code @CharField(maxLength = 2, primaryKey = true) public String code;}) has no
     * {@code id} column: this field stays null there, and setting it is an error at {@code save()} naming the real key.
     */
    public Long id;

    /** Where the instance came from and what was computed for it; not a field. */
    private final transient State state = new State();

    static final class State {
        String db = DatabaseSettings.DEFAULT;
        boolean adding = true;
        Map<String, Object> annotations;
        Map<String, List<? extends Model>> prefetched;
        /** Fields only()/defer() left unloaded, with the value the instance then held (its initializer's, or null). */
        Map<String, Object> deferred;
    }

    protected Model() {
        RelationSlots.fill(this);
    }

    State state() {
        return state;
    }

    /** Django's {@code pk}: the value of the primary key, {@code id} or the field declared with {@code primaryKey = true}. */
    public Object pk() {
        return meta().pk().get(this);
    }

    /** Sets the primary key (Django's {@code obj.pk = value}). */
    public void setPk(Object value) {
        meta().pk().set(this, value);
    }

    public ModelMeta meta() {
        return ModelMeta.of(getClass());
    }

    /**
     * Inserts the row when new (filling {@code id}), else updates every field. An instance loaded with
     * {@code only()}/{@code defer()} updates the fields it loaded and those given a new value since, as Django's
     * save on a deferred instance: see {@link #deferredFields()}.
     */
    public void save() {
        Writer.save(this, state.db, loadedFieldsToSave());
    }

    private List<String> loadedFieldsToSave() {
        Set<String> deferred = deferredFields();
        if (deferred.isEmpty() || state.adding) {
            return null;
        }
        List<String> names = new java.util.ArrayList<>();
        for (FieldMeta field : meta().concreteFields()) {
            if (!field.primaryKey() && !deferred.contains(field.name())) {
                names.add(field.name());
            }
        }
        return names;
    }

    /**
     * The fields {@code only()}/{@code defer()} left unloaded (Django's {@code get_deferred_fields()}). Java cannot
     * load a field when it is read, so a deferred field holds its initial value (null, or the initializer's) until
     * {@link #refreshFromDb(String...)} loads it; giving it another value makes it loaded (save() then writes it).
     * Setting it back to exactly that initial value cannot be told apart: use {@link #saveFields(String...)}.
     */
    public Set<String> deferredFields() {
        if (state.deferred == null) {
            return Set.of();
        }
        Set<String> names = new java.util.LinkedHashSet<>();
        for (Map.Entry<String, Object> entry : state.deferred.entrySet()) {
            FieldMeta field = meta().field(entry.getKey()).orElseThrow();
            Object now = field.isRelation() ? ((Ref<?>) field.get(this)).pk() : field.get(this);
            if (Objects.equals(now, entry.getValue())) {
                names.add(entry.getKey());
            }
        }
        return names;
    }

    /** Called as a row is read with some fields left out: remembers them and the values they hold. */
    void deferred(ModelMeta meta, List<FieldMeta> loaded) {
        Map<String, Object> deferred = new java.util.LinkedHashMap<>();
        for (FieldMeta field : meta.concreteFields()) {
            if (!loaded.contains(field)) {
                deferred.put(field.name(), field.isRelation() ? ((Ref<?>) field.get(this)).pk() : field.get(this));
            }
        }
        state.deferred = deferred;
    }

    /** Updates only the named fields (Django's {@code save(update_fields=[...])}). */
    public void saveFields(String... fields) {
        Writer.save(this, state.db, List.of(fields));
    }

    /** Deletes the row and, by the foreign keys' onDelete, the rows pointing at it; {@code id} becomes null. */
    public DeleteResult delete() {
        Object pk = pk();
        if (pk == null) {
            throw new IllegalStateException(meta().objectName() + " object can't be deleted because its " + meta().pk().name()
                    + " attribute is set to None.");
        }
        DeleteResult result = Collector.delete(meta(), List.of(pk), state.db);
        setPk(null);
        return result;
    }

    /**
     * Reloads the fields from the database (Django's {@code refresh_from_db()}): every field, or those loaded when
     * the instance came from {@code only()}/{@code defer()} (the deferred ones stay deferred).
     */
    public void refreshFromDb() {
        Set<String> deferred = deferredFields();
        List<String> names = new java.util.ArrayList<>();
        for (FieldMeta field : meta().concreteFields()) {
            if (!deferred.contains(field.name())) {
                names.add(field.name());
            }
        }
        refreshFromDb(names.toArray(new String[0]));
    }

    /**
     * Loads these fields from the database (Django's {@code refresh_from_db(fields=[...])}): how a deferred field
     * is read, {@code question.refreshFromDb("questionText")}.
     */
    public void refreshFromDb(String... fields) {
        for (String name : fields) {
            if (name.contains("__")) {
                throw new IllegalArgumentException("Found \"__\" in fields argument. Relations and transforms are not allowed in fields.");
            }
        }
        if (fields.length == 0) {
            return;
        }
        Model fresh = new QuerySet<Model>(getClass()).using(state.db).only(fields).get("pk", pk());
        for (String name : fields) {
            FieldMeta field = name.equals("pk") ? meta().pk() : meta().field(name).orElseThrow();
            if (field.isRelation()) {
                ((Ref<?>) field.get(this)).setPk(((Ref<?>) field.get(fresh)).pk());
            } else if (field.concrete()) {
                field.set(this, field.get(fresh));
            }
            if (state.deferred != null) {
                state.deferred.remove(field.name());
            }
        }
    }

    /** Checks the fields (blank, null, max_length, choices...) and the unique constraints; {@link ValidationError} lists what is wrong. */
    public void fullClean() {
        Validation.fullClean(this, java.util.Set.of());
    }

    /**
     * {@link #fullClean()} leaving out the fields named in {@code exclude} and the unique checks that involve them
     * (Django's {@code full_clean(exclude=...)}; a model form leaves out the fields it does not edit).
     */
    public void fullClean(java.util.Collection<String> exclude) {
        Validation.fullClean(this, exclude);
    }

    /** A value computed by {@code annotate()}: {@code question.annotation("numChoices")}. */
    public Object annotation(String name) {
        if (state.annotations == null || !state.annotations.containsKey(name)) {
            throw new IllegalArgumentException(meta().objectName() + " has no annotation '" + name + "'"
                    + (state.annotations == null ? "." : "; it has " + state.annotations.keySet() + "."));
        }
        return state.annotations.get(name);
    }

    /**
     * The rows of {@code model} whose foreign key points here (Django's {@code question.choice_set}). When
     * {@code model} has several foreign keys to this model, name the field with {@link #related(Class, String)}.
     */
    public <R extends Model> RelatedManager<R> related(Class<R> model) {
        ModelMeta from = ModelMeta.of(model);
        List<FieldMeta> pointing = from.fields().stream()
                .filter(f -> f.isRelation() && f.relatedModel().isAssignableFrom(getClass())).toList();
        if (pointing.size() != 1) {
            throw new IllegalArgumentException(from.objectName() + " has " + (pointing.isEmpty() ? "no" : pointing.size())
                    + " foreign keys to " + meta().objectName() + (pointing.isEmpty() ? "." : ": name one with related("
                    + model.getSimpleName() + ".class, \"" + pointing.get(0).name() + "\")."));
        }
        return new RelatedManager<>(model, this, pointing.get(0));
    }

    public <R extends Model> RelatedManager<R> related(Class<R> model, String foreignKey) {
        FieldMeta fk = ModelMeta.of(model).field(foreignKey).filter(FieldMeta::isRelation).orElseThrow(() ->
                new IllegalArgumentException(model.getSimpleName() + " has no foreign key '" + foreignKey + "'."));
        return new RelatedManager<>(model, this, fk);
    }

    /** Same model and same primary key (Django's equality); unsaved instances are only equal to themselves. */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Model m) || m.getClass() != getClass()) {
            return false;
        }
        Object pk = pk();
        return pk != null && pk.equals(m.pk());
    }

    @Override
    public int hashCode() {
        Object pk = pk();
        return pk == null ? System.identityHashCode(this) : Objects.hash(getClass(), pk);
    }

    /** Django's default: {@code Question object (1)}. Override it as Django's {@code __str__}. */
    @Override
    public String toString() {
        Object pk = pk();
        return getClass().getSimpleName() + " object (" + (pk == null ? "None" : pk) + ")";
    }
}
