package dev.hotclub.db.models;

import dev.hotclub.db.Databases;
import dev.hotclub.db.Transaction;
import dev.hotclub.db.Vendor;
import dev.hotclub.db.models.internal.M2mColumns;
import dev.hotclub.db.models.internal.Sql;
import dev.hotclub.db.models.internal.Statements;
import dev.hotclub.db.models.internal.ValueCodec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Django's deletion collector: finds every row a delete reaches through the foreign keys' {@code onDelete}
 * (CASCADE recursively, PROTECT and RESTRICT refusing before anything is deleted, SET_NULL/SET_DEFAULT updating),
 * then runs the updates and deletes, children first, in one transaction, counting rows per model.
 */
final class Collector {
    private static final int CHUNK = 500;

    private record Restricted(ModelMeta from, FieldMeta field, List<Object> ids) {
    }

    private record FieldUpdate(ModelMeta model, FieldMeta field, Object value, List<Object> parents, FieldMeta parentKey) {
    }

    private final String using;
    private final Vendor vendor;
    private final Map<ModelMeta, Set<Object>> toDelete = new LinkedHashMap<>();
    private final Map<String, M2mDelete> m2mRows = new LinkedHashMap<>();
    private final List<Restricted> restricted = new ArrayList<>();
    private final List<FieldUpdate> updates = new ArrayList<>();

    /** Rows of a join table to delete: those whose {@code column} holds one of {@code ids} (keys of {@code key}'s model). */
    private record M2mDelete(String label, String table, String column, List<Object> ids, FieldMeta key) {
    }

    private Collector(String using) {
        this.using = using;
        this.vendor = Databases.get(using).vendor();
    }

    static DeleteResult delete(ModelMeta meta, List<Object> pks, String using) {
        return Transaction.atomicGet(using, () -> {
            Collector collector = new Collector(using);
            collector.collect(meta, pks);
            collector.checkRestricted(meta);
            return collector.run();
        });
    }

    private void collect(ModelMeta meta, List<Object> pks) {
        Set<Object> already = toDelete.computeIfAbsent(meta, m -> new LinkedHashSet<>());
        List<Object> fresh = pks.stream().filter(already::add).toList();
        if (fresh.isEmpty()) {
            return;
        }
        for (FieldMeta m2m : meta.manyToManyFields()) {
            if (m2m.through() == null) {
                M2mColumns c = M2mColumns.of(meta, m2m);
                addM2m(meta.appLabel() + "." + meta.objectName() + "_" + m2m.name(), c.table(), c.sourceColumn(), fresh, meta.pk());
            }
        }
        for (ModelMeta.Reverse reverse : meta.reverseRelations()) {
            ModelMeta from = ModelMeta.of(reverse.fromModel());
            FieldMeta fk = reverse.field();
            if (fk.kind() == FieldKind.MANY_TO_MANY) {
                if (fk.through() == null) {
                    M2mColumns c = M2mColumns.of(from, fk);
                    addM2m(from.appLabel() + "." + from.objectName() + "_" + fk.name(), c.table(), c.targetColumn(), fresh, meta.pk());
                }
                continue;
            }
            switch (fk.onDelete()) {
                case CASCADE -> {
                    List<Object> children = idsPointingAt(from, fk, fresh);
                    if (!children.isEmpty()) {
                        collect(from, children);
                    }
                }
                case PROTECT -> {
                    List<Object> children = idsPointingAt(from, fk, fresh);
                    if (!children.isEmpty()) {
                        List<Model> objects = new QuerySet<Model>(from.modelClass()).using(using).filter("pk__in", children).list();
                        throw new ProtectedError("Cannot delete some instances of model '" + meta.objectName()
                                + "' because they are referenced through protected foreign keys: '" + from.objectName() + "."
                                + fk.name() + "'.", objects);
                    }
                }
                case RESTRICT -> {
                    List<Object> children = idsPointingAt(from, fk, fresh);
                    if (!children.isEmpty()) {
                        restricted.add(new Restricted(from, fk, children));
                    }
                }
                case SET_NULL -> updates.add(new FieldUpdate(from, fk, null, fresh, meta.pk()));
                case SET_DEFAULT -> updates.add(new FieldUpdate(from, fk, fk.defaultValue(), fresh, meta.pk()));
                case DO_NOTHING -> { }
            }
        }
    }

    private void addM2m(String label, String table, String column, List<Object> ids, FieldMeta key) {
        m2mRows.merge(label + "|" + column, new M2mDelete(label, table, column, ids, key), (a, b) -> {
            List<Object> all = new ArrayList<>(a.ids());
            all.addAll(b.ids());
            return new M2mDelete(a.label(), a.table(), a.column(), all, a.key());
        });
    }

    /** Primary key values as bound parameters (a UUID is 32 hex digits on SQLite). */
    private List<Object> bound(FieldMeta key, List<Object> values) {
        List<Object> params = new ArrayList<>(values.size());
        for (Object value : values) {
            params.add(ValueCodec.toDb(key, value, vendor));
        }
        return params;
    }

    private void checkRestricted(ModelMeta root) {
        for (Restricted r : restricted) {
            Set<Object> deleted = toDelete.getOrDefault(r.from(), Set.of());
            List<Object> left = r.ids().stream().filter(id -> !deleted.contains(id)).toList();
            if (!left.isEmpty()) {
                List<Model> objects = new QuerySet<Model>(r.from().modelClass()).using(using).filter("pk__in", left).list();
                throw new RestrictedError("Cannot delete some instances of model '" + ModelMeta.of(r.field().relatedModel()).objectName()
                        + "' because they are referenced through restricted foreign keys: '" + r.from().objectName() + "."
                        + r.field().name() + "'.", objects);
            }
        }
    }

    private DeleteResult run() {
        for (FieldUpdate u : updates) {
            for (List<Object> chunk : chunks(u.parents())) {
                List<Object> params = new ArrayList<>();
                params.add(ValueCodec.toDb(u.parentKey(), u.value(), vendor));
                params.addAll(bound(u.parentKey(), chunk));
                Statements.update(using, new Sql("UPDATE " + Sql.quote(u.model().dbTable()) + " SET " + Sql.quote(u.field().column())
                        + " = ? WHERE " + Sql.quote(u.field().column()) + " IN (" + marks(chunk.size()) + ")", params), u.model().label());
            }
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        int total = 0;
        for (M2mDelete m : m2mRows.values()) {
            int n = 0;
            for (List<Object> chunk : chunks(m.ids())) {
                n += Statements.update(using, new Sql("DELETE FROM " + Sql.quote(m.table()) + " WHERE " + Sql.quote(m.column())
                        + " IN (" + marks(chunk.size()) + ")", bound(m.key(), chunk)), m.label());
            }
            if (n > 0) {
                counts.merge(m.label(), n, Integer::sum);
                total += n;
            }
        }
        List<ModelMeta> order = new ArrayList<>(toDelete.keySet());
        Collections.reverse(order);
        for (ModelMeta meta : order) {
            int n = 0;
            for (List<Object> chunk : chunks(new ArrayList<>(toDelete.get(meta)))) {
                n += Statements.update(using, new Sql("DELETE FROM " + Sql.quote(meta.dbTable()) + " WHERE " + Sql.quote(meta.pk().column())
                        + " IN (" + marks(chunk.size()) + ")", bound(meta.pk(), chunk)), meta.label());
            }
            if (n > 0) {
                counts.merge(meta.label(), n, Integer::sum);
                total += n;
            }
        }
        return new DeleteResult(total, counts);
    }

    private List<Object> idsPointingAt(ModelMeta from, FieldMeta fk, List<Object> parents) {
        List<Object> ids = new ArrayList<>();
        FieldMeta parentKey = ModelMeta.of(fk.relatedModel()).pk();
        FieldMeta key = from.pk();
        for (List<Object> chunk : chunks(parents)) {
            ids.addAll(Statements.query(using, new Sql("SELECT " + Sql.quote(key.column()) + " FROM " + Sql.quote(from.dbTable()) + " WHERE "
                    + Sql.quote(fk.column()) + " IN (" + marks(chunk.size()) + ")", bound(parentKey, chunk)), from.label(), rs -> {
                List<Object> found = new ArrayList<>();
                while (rs.next()) {
                    found.add(ValueCodec.fromDb(rs, 1, key, vendor));
                }
                return found;
            }));
        }
        return ids;
    }

    private static List<List<Object>> chunks(List<Object> ids) {
        List<List<Object>> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            out.add(ids.subList(i, Math.min(ids.size(), i + CHUNK)));
        }
        return out;
    }

    private static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }
}
