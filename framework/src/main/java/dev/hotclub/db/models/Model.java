package dev.hotclub.db.models;

import dev.hotclub.db.DatabaseSettings;
import dev.hotclub.db.models.internal.RelationSlots;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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

    /** Inserts the row when new (filling {@code id}), else updates every field. */
    public void save() {
        Writer.save(this, state.db, null);
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

    /** Reloads every field from the database (Django's {@code refresh_from_db()}). */
    public void refreshFromDb() {
        Model fresh = new QuerySet<Model>(getClass()).using(state.db).get("pk", pk());
        for (FieldMeta field : meta().concreteFields()) {
            if (field.isRelation()) {
                ((Ref<?>) field.get(this)).setId(((Ref<?>) field.get(fresh)).id());
            } else {
                field.set(this, field.get(fresh));
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
