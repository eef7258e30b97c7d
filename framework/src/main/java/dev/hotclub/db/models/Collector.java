package dev.hotclub.db.models;

import dev.hotclub.db.Transaction;
import dev.hotclub.db.models.internal.M2mColumns;
import dev.hotclub.db.models.internal.Sql;
import dev.hotclub.db.models.internal.Statements;
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

    private record Restricted(ModelMeta from, FieldMeta field, List<Long> ids) {
    }

    private record FieldUpdate(ModelMeta model, FieldMeta field, Object value, List<Long> parents) {
    }

    private final String using;
    private final Map<ModelMeta, Set<Long>> toDelete = new LinkedHashMap<>();
    private final Map<String, M2mDelete> m2mRows = new LinkedHashMap<>();
    private final List<Restricted> restricted = new ArrayList<>();
    private final List<FieldUpdate> updates = new ArrayList<>();

    private record M2mDelete(String label, String table, String column, List<Long> ids) {
    }

    private Collector(String using) {
        this.using = using;
    }

    static DeleteResult delete(ModelMeta meta, List<Long> pks, String using) {
        return Transaction.atomicGet(using, () -> {
            Collector collector = new Collector(using);
            collector.collect(meta, pks);
            collector.checkRestricted(meta);
            return collector.run();
        });
    }

    private void collect(ModelMeta meta, List<Long> pks) {
        Set<Long> already = toDelete.computeIfAbsent(meta, m -> new LinkedHashSet<>());
        List<Long> fresh = pks.stream().filter(already::add).toList();
        if (fresh.isEmpty()) {
            return;
        }
        for (FieldMeta m2m : meta.manyToManyFields()) {
            if (m2m.through() == null) {
                M2mColumns c = M2mColumns.of(meta, m2m);
                addM2m(meta.appLabel() + "." + meta.objectName() + "_" + m2m.name(), c.table(), c.sourceColumn(), fresh);
            }
        }
        for (ModelMeta.Reverse reverse : meta.reverseRelations()) {
            ModelMeta from = ModelMeta.of(reverse.fromModel());
            FieldMeta fk = reverse.field();
            if (fk.kind() == FieldKind.MANY_TO_MANY) {
                if (fk.through() == null) {
                    M2mColumns c = M2mColumns.of(from, fk);
                    addM2m(from.appLabel() + "." + from.objectName() + "_" + fk.name(), c.table(), c.targetColumn(), fresh);
                }
                continue;
            }
            switch (fk.onDelete()) {
                case CASCADE -> {
                    List<Long> children = idsPointingAt(from, fk, fresh);
                    if (!children.isEmpty()) {
                        collect(from, children);
                    }
                }
                case PROTECT -> {
                    List<Long> children = idsPointingAt(from, fk, fresh);
                    if (!children.isEmpty()) {
                        List<Model> objects = new QuerySet<Model>(from.modelClass()).using(using).filter("id__in", children).list();
                        throw new ProtectedError("Cannot delete some instances of model '" + meta.objectName()
                                + "' because they are referenced through protected foreign keys: '" + from.objectName() + "."
                                + fk.name() + "'.", objects);
                    }
                }
                case RESTRICT -> {
                    List<Long> children = idsPointingAt(from, fk, fresh);
                    if (!children.isEmpty()) {
                        restricted.add(new Restricted(from, fk, children));
                    }
                }
                case SET_NULL -> updates.add(new FieldUpdate(from, fk, null, fresh));
                case SET_DEFAULT -> updates.add(new FieldUpdate(from, fk, fk.defaultValue(), fresh));
                case DO_NOTHING -> { }
            }
        }
    }

    private void addM2m(String label, String table, String column, List<Long> ids) {
        m2mRows.merge(label + "|" + column, new M2mDelete(label, table, column, ids), (a, b) -> {
            List<Long> all = new ArrayList<>(a.ids());
            all.addAll(b.ids());
            return new M2mDelete(a.label(), a.table(), a.column(), all);
        });
    }

    private void checkRestricted(ModelMeta root) {
        for (Restricted r : restricted) {
            Set<Long> deleted = toDelete.getOrDefault(r.from(), Set.of());
            List<Long> left = r.ids().stream().filter(id -> !deleted.contains(id)).toList();
            if (!left.isEmpty()) {
                List<Model> objects = new QuerySet<Model>(r.from().modelClass()).using(using).filter("id__in", left).list();
                throw new RestrictedError("Cannot delete some instances of model '" + ModelMeta.of(r.field().relatedModel()).objectName()
                        + "' because they are referenced through restricted foreign keys: '" + r.from().objectName() + "."
                        + r.field().name() + "'.", objects);
            }
        }
    }

    private DeleteResult run() {
        for (FieldUpdate u : updates) {
            for (List<Long> chunk : chunks(u.parents())) {
                List<Object> params = new ArrayList<>();
                params.add(u.value());
                params.addAll(chunk);
                Statements.update(using, new Sql("UPDATE " + Sql.quote(u.model().dbTable()) + " SET " + Sql.quote(u.field().column())
                        + " = ? WHERE " + Sql.quote(u.field().column()) + " IN (" + marks(chunk.size()) + ")", params), u.model().label());
            }
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        int total = 0;
        for (M2mDelete m : m2mRows.values()) {
            int n = 0;
            for (List<Long> chunk : chunks(m.ids())) {
                n += Statements.update(using, new Sql("DELETE FROM " + Sql.quote(m.table()) + " WHERE " + Sql.quote(m.column())
                        + " IN (" + marks(chunk.size()) + ")", new ArrayList<>(chunk)), m.label());
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
            for (List<Long> chunk : chunks(new ArrayList<>(toDelete.get(meta)))) {
                n += Statements.update(using, new Sql("DELETE FROM " + Sql.quote(meta.dbTable()) + " WHERE " + Sql.quote("id")
                        + " IN (" + marks(chunk.size()) + ")", new ArrayList<>(chunk)), meta.label());
            }
            if (n > 0) {
                counts.merge(meta.label(), n, Integer::sum);
                total += n;
            }
        }
        return new DeleteResult(total, counts);
    }

    private List<Long> idsPointingAt(ModelMeta from, FieldMeta fk, List<Long> parents) {
        List<Long> ids = new ArrayList<>();
        for (List<Long> chunk : chunks(parents)) {
            ids.addAll(Statements.query(using, new Sql("SELECT " + Sql.quote("id") + " FROM " + Sql.quote(from.dbTable()) + " WHERE "
                    + Sql.quote(fk.column()) + " IN (" + marks(chunk.size()) + ")", new ArrayList<>(chunk)), from.label(), rs -> {
                List<Long> found = new ArrayList<>();
                while (rs.next()) {
                    found.add(rs.getLong(1));
                }
                return found;
            }));
        }
        return ids;
    }

    private static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            out.add(ids.subList(i, Math.min(ids.size(), i + CHUNK)));
        }
        return out;
    }

    private static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }
}
