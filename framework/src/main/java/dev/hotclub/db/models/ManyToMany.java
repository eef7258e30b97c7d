package dev.hotclub.db.models;

import dev.hotclub.db.Databases;
import dev.hotclub.db.Transaction;
import dev.hotclub.db.Vendor;
import dev.hotclub.db.models.internal.M2mColumns;
import dev.hotclub.db.models.internal.Sql;
import dev.hotclub.db.models.internal.Statements;
import dev.hotclub.db.models.internal.ValueCodec;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The value of a ManyToManyField: the related rows through the join table, with Django's add/remove/set/clear.
 * {@code article.publications.add(p1, p2)}, {@code article.publications.all().filter("title__startswith", "Sci")}.
 */
public final class ManyToMany<T extends Model> {
    private final Model owner;
    private final String fieldName;
    private final Class<T> target;

    private ManyToMany(Model owner, String fieldName, Class<T> target) {
        this.owner = owner;
        this.fieldName = fieldName;
        this.target = target;
    }

    /** Made by the model's constructor for each ManyToManyField. */
    public static <T extends Model> ManyToMany<T> create(Model owner, String fieldName, Class<T> target) {
        return new ManyToMany<>(owner, fieldName, target);
    }

    private FieldMeta field() {
        return owner.meta().field(fieldName).orElseThrow();
    }

    private M2mColumns columns() {
        return M2mColumns.of(owner.meta(), field());
    }

    private Object ownerId() {
        Object pk = owner.pk();
        if (pk == null) {
            throw new IllegalStateException("\"" + owner + "\" needs to have a value for field \"" + owner.meta().pk().name()
                    + "\" before this many-to-many relationship can be used.");
        }
        return pk;
    }

    private Vendor vendor() {
        return Databases.get(owner.state().db).vendor();
    }

    private Object ownerParam() {
        return ValueCodec.toDb(owner.meta().pk(), ownerId(), vendor());
    }

    private List<Object> targetParams(Collection<Object> keys) {
        FieldMeta key = ModelMeta.of(target).pk();
        Vendor vendor = vendor();
        return keys.stream().map(k -> ValueCodec.toDb(key, k, vendor)).toList();
    }

    /** The related rows, as a QuerySet to filter further (the prefetched rows after {@code prefetchRelated}). */
    public QuerySet<T> all() {
        ownerId();
        String queryName = ModelMeta.of(target).reverseRelations().stream()
                .filter(r -> r.fromModel() == owner.getClass() && r.field().name().equals(fieldName))
                .map(ModelMeta.Reverse::queryName).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        List<T> kept = owner.state().prefetched == null ? null : (List<T>) owner.state().prefetched.get(fieldName);
        QuerySet<T> filtered = new QuerySet<T>(target).using(owner.state().db).filter(queryName, owner.pk());
        if (kept == null) {
            return filtered;
        }
        return new QuerySet<>(target, filtered.query) {
            @Override
            List<T> prefetched() {
                return kept;
            }
        };
    }

    @SafeVarargs
    public final void add(T... objects) {
        add(List.of(objects));
    }

    public void add(Collection<T> objects) {
        Object source = ownerId();
        Set<Object> wanted = ids(objects);
        if (wanted.isEmpty()) {
            return;
        }
        M2mColumns m2m = columns();
        String using = owner.state().db;
        Transaction.atomic(using, () -> {
            Set<Object> present = existing(source, wanted);
            if (field().through() != null) {
                addThrough(source, wanted.stream().filter(id -> !present.contains(id)).toList(), using);
                return;
            }
            for (Object id : wanted) {
                if (!present.contains(id)) {
                    Statements.update(using, new Sql("INSERT INTO " + Sql.quote(m2m.table()) + " (" + Sql.quote(m2m.sourceColumn())
                            + ", " + Sql.quote(m2m.targetColumn()) + ") VALUES (?, ?)", List.of(ownerParam(), targetParams(List.of(id)).get(0))),
                            owner.meta().label());
                }
            }
        });
    }

    /** Rows of the through model, built as {@code new Through()} so its fields' defaults apply (Django's bulk_create of them). */
    private void addThrough(Object source, List<Object> targets, String using) {
        ModelMeta through = ModelMeta.of(field().through());
        M2mColumns m2m = columns();
        FieldMeta sourceField = through.concreteFields().stream().filter(f -> m2m.sourceColumn().equals(f.column())).findFirst().orElseThrow();
        FieldMeta targetField = through.concreteFields().stream().filter(f -> m2m.targetColumn().equals(f.column())).findFirst().orElseThrow();
        List<Model> rows = new ArrayList<>();
        for (Object target : targets) {
            Model row = Rows.newInstance(through.modelClass());
            ((Ref<?>) sourceField.get(row)).setPk(source);
            ((Ref<?>) targetField.get(row)).setPk(target);
            rows.add(row);
        }
        Writer.bulkCreate(through, rows, using);
    }

    @SafeVarargs
    public final void remove(T... objects) {
        remove(ids(List.of(objects)));
    }

    private void remove(Set<Object> ids) {
        if (ids.isEmpty()) {
            return;
        }
        M2mColumns m2m = columns();
        List<Object> params = new ArrayList<>();
        params.add(ownerParam());
        params.addAll(targetParams(ids));
        Statements.update(owner.state().db, new Sql("DELETE FROM " + Sql.quote(m2m.table()) + " WHERE " + Sql.quote(m2m.sourceColumn())
                + " = ? AND " + Sql.quote(m2m.targetColumn()) + " IN (" + marks(ids.size()) + ")", params), owner.meta().label());
    }

    public void clear() {
        M2mColumns m2m = columns();
        Statements.update(owner.state().db, new Sql("DELETE FROM " + Sql.quote(m2m.table()) + " WHERE "
                + Sql.quote(m2m.sourceColumn()) + " = ?", List.of(ownerParam())), owner.meta().label());
    }

    /** Makes the related set exactly {@code objects}: removes the others, adds the missing. */
    public void set(Collection<T> objects) {
        Object source = ownerId();
        Set<Object> wanted = ids(objects);
        Transaction.atomic(owner.state().db, () -> {
            Set<Object> present = existing(source, null);
            Set<Object> gone = new LinkedHashSet<>(present);
            gone.removeAll(wanted);
            remove(gone);
            List<T> missing = objects.stream().filter(o -> !present.contains(o.pk())).toList();
            add(missing);
        });
    }

    private Set<Object> existing(Object source, Set<Object> among) {
        M2mColumns m2m = columns();
        List<Object> params = new ArrayList<>();
        params.add(ownerParam());
        String sql = "SELECT " + Sql.quote(m2m.targetColumn()) + " FROM " + Sql.quote(m2m.table()) + " WHERE "
                + Sql.quote(m2m.sourceColumn()) + " = ?";
        if (among != null) {
            sql += " AND " + Sql.quote(m2m.targetColumn()) + " IN (" + marks(among.size()) + ")";
            params.addAll(targetParams(among));
        }
        FieldMeta key = ModelMeta.of(target).pk();
        Vendor vendor = vendor();
        return Statements.query(owner.state().db, new Sql(sql, params), owner.meta().label(), rs -> {
            Set<Object> found = new HashSet<>();
            while (rs.next()) {
                found.add(ValueCodec.fromDb(rs, 1, key, vendor));
            }
            return found;
        });
    }

    private static Set<Object> ids(Collection<? extends Model> objects) {
        Set<Object> ids = new LinkedHashSet<>();
        for (Model m : objects) {
            if (m.pk() == null) {
                throw new IllegalArgumentException("Cannot add \"" + m + "\": instance is not saved.");
            }
            ids.add(m.pk());
        }
        return ids;
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }
}
