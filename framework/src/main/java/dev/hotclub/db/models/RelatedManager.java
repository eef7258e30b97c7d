package dev.hotclub.db.models;

import dev.hotclub.db.models.internal.Query;
import java.util.List;

/**
 * The rows of another model whose foreign key points at one instance (Django's {@code question.choice_set}): a
 * QuerySet filtered on the foreign key, plus {@code create} and {@code add} that set it.
 */
public final class RelatedManager<T extends Model> extends QuerySet<T> {
    private final Model owner;
    private final FieldMeta foreignKey;

    RelatedManager(Class<T> model, Model owner, FieldMeta foreignKey) {
        super(model, filtered(model, owner, foreignKey));
        this.owner = owner;
        this.foreignKey = foreignKey;
    }

    private static Query filtered(Class<? extends Model> model, Model owner, FieldMeta foreignKey) {
        if (owner.pk() == null) {
            throw new IllegalStateException("'" + owner.meta().objectName() + "' instance needs to have a primary key value "
                    + "before this relationship can be used.");
        }
        Query query = new Query(ModelMeta.of(model));
        query.using = owner.state().db;
        query.addFilter(Q.of(foreignKey.name(), owner.pk()), false);
        return query;
    }

    @Override
    @SuppressWarnings("unchecked")
    List<T> prefetched() {
        var kept = owner.state().prefetched;
        return kept == null ? null : (List<T>) kept.get(Prefetcher.key(foreignKey));
    }

    @Override
    void beforeCreate(Model instance) {
        ((Ref<?>) foreignKey.get(instance)).setPk(owner.pk());
    }

    /** Points these saved instances at the owner (one UPDATE, as Django's {@code add(bulk=True)}). */
    @SafeVarargs
    public final void add(T... instances) {
        List<Object> ids = new java.util.ArrayList<>();
        for (T instance : instances) {
            if (instance.pk() == null) {
                throw new IllegalArgumentException("'" + instance.meta().objectName() + "' instance isn't saved. Use bulk=False or save the object first.");
            }
            ((Ref<?>) foreignKey.get(instance)).setPk(owner.pk());
            ids.add(instance.pk());
        }
        new QuerySet<T>(model).using(query.using).filter("pk__in", ids).update(foreignKey.name(), owner.pk());
    }
}
