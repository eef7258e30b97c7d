package dev.hotclub.db.models;

import dev.hotclub.db.DatabaseSettings;
import java.util.Objects;

/**
 * The value of a ForeignKey or OneToOneField: the related row's primary key, and the related object once loaded.
 * {@code choice.question.id()} costs nothing; {@code choice.question.get()} loads the question on first use (one
 * query, none after {@code selectRelated("question")}); {@code choice.question.set(q)} points it elsewhere. When the
 * target declares its own primary key ({@code Country.code}), {@code pk()} and {@code setPk(...)} read and set it.
 */
public final class Ref<T extends Model> {
    private final Class<T> target;
    private Object key;
    private T object;
    private String using = DatabaseSettings.DEFAULT;

    private Ref(Class<T> target) {
        this.target = target;
    }

    /** An empty reference to {@code target}; model instances get theirs on construction. */
    public static <T extends Model> Ref<T> to(Class<T> target) {
        return new Ref<>(target);
    }

    /** The related row's primary key, without a query; null when the reference is empty. */
    public Object pk() {
        if (object != null) {
            Object pk = object.pk();
            if (pk != null) {
                return pk;
            }
        }
        return key;
    }

    /**
     * The related row's automatic {@code id}, without a query; null when the reference is empty. A target with a
     * primary key of its own has no {@code id}: read {@link #pk()}.
     */
    public Long id() {
        Object pk = pk();
        if (pk == null || pk instanceof Long) {
            return (Long) pk;
        }
        FieldMeta key = ModelMeta.of(target).pk();
        throw new IllegalStateException(target.getSimpleName() + " has no id: its primary key is '" + key.name() + "' ("
                + dev.hotclub.db.models.internal.LookupNames.withArticle(key.kind().djangoName()) + "). Read it with pk().");
    }

    /** The related object, loaded once (a query the first time); null when the reference is empty. */
    public T get() {
        if (object == null && key != null) {
            object = new QuerySet<T>(target).using(using).get("pk", key);
        }
        return object;
    }

    public void set(T related) {
        this.object = related;
        this.key = related == null ? null : related.pk();
    }

    /** Points the reference at the row whose primary key is {@code newPk} (Django's {@code choice.question_id = 3}). */
    public void setPk(Object newPk) {
        if (object != null && !Objects.equals(object.pk(), newPk)) {
            object = null;
        }
        this.key = newPk;
    }

    public void setId(Long newId) {
        setPk(newId);
    }

    public boolean isNull() {
        return pk() == null;
    }

    /** Whether the related object is already in memory (set, selected or prefetched). */
    public boolean isLoaded() {
        return object != null;
    }

    public Class<T> target() {
        return target;
    }

    /** The related object given but not saved yet (saving the owner then fails as Django's does). */
    T unsavedObject() {
        return object != null && object.pk() == null ? object : null;
    }

    void loaded(T related, String database) {
        this.object = related;
        this.key = related == null ? key : related.pk();
        this.using = database;
    }

    void database(String database) {
        this.using = database;
    }

    @Override
    public String toString() {
        return object != null ? object.toString() : key == null ? "None" : target.getSimpleName() + "(" + key + ")";
    }
}
