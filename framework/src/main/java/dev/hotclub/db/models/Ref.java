package dev.hotclub.db.models;

import dev.hotclub.db.DatabaseSettings;

/**
 * The value of a ForeignKey or OneToOneField: the related row's id, and the related object once loaded.
 * {@code choice.question.id()} costs nothing; {@code choice.question.get()} loads the question on first use (one
 * query, none after {@code selectRelated("question")}); {@code choice.question.set(q)} points it elsewhere.
 */
public final class Ref<T extends Model> {
    private final Class<T> target;
    private Long id;
    private T object;
    private String using = DatabaseSettings.DEFAULT;

    private Ref(Class<T> target) {
        this.target = target;
    }

    /** An empty reference to {@code target}; model instances get theirs on construction. */
    public static <T extends Model> Ref<T> to(Class<T> target) {
        return new Ref<>(target);
    }

    /** The related row's id, without a query; null when the reference is empty. */
    public Long id() {
        if (object != null && object.id != null) {
            return object.id;
        }
        return id;
    }

    /** The related object, loaded once (a query the first time); null when the reference is empty. */
    public T get() {
        if (object == null && id != null) {
            object = new QuerySet<T>(target).using(using).get("id", id);
        }
        return object;
    }

    public void set(T related) {
        this.object = related;
        this.id = related == null ? null : related.id;
    }

    public void setId(Long newId) {
        if (object != null && !java.util.Objects.equals(object.id, newId)) {
            object = null;
        }
        this.id = newId;
    }

    public boolean isNull() {
        return id() == null;
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
        return object != null && object.id == null ? object : null;
    }

    void loaded(T related, String database) {
        this.object = related;
        this.id = related == null ? id : related.id;
        this.using = database;
    }

    void database(String database) {
        this.using = database;
    }

    @Override
    public String toString() {
        return object != null ? object.toString() : id == null ? "None" : target.getSimpleName() + "(" + id + ")";
    }
}
