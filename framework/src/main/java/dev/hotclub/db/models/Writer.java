package dev.hotclub.db.models;

import dev.hotclub.db.Databases;
import dev.hotclub.db.Vendor;
import dev.hotclub.db.models.internal.Sql;
import dev.hotclub.db.models.internal.Statements;
import dev.hotclub.db.models.internal.ValueCodec;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** INSERT and UPDATE of instances: {@code INSERT ... RETURNING} the automatic key on both backends (no getGeneratedKeys). */
final class Writer {
    /** PostgreSQL accepts 65535 bound values per statement and SQLite 32766: stay well below both. */
    private static final int MAX_PARAMS = 30_000;

    private Writer() {
    }

    /**
     * Django's {@code Model.save()}: an instance without a primary key is inserted; one with a key is updated, and
     * inserted when no row has that key. A new instance whose key has a default ({@code public UUID id =
     * UUID.randomUUID();}) is inserted straight away, as Django skips the UPDATE there.
     */
    static void save(Model instance, String using, List<String> onlyFields) {
        save(instance, using, onlyFields, false);
    }

    /** {@code forceInsert}: Django's {@code save(force_insert=True)}, what {@code QuerySet.create()} does: one INSERT. */
    static void save(Model instance, String using, List<String> onlyFields, boolean forceInsert) {
        ModelMeta meta = instance.meta();
        FieldMeta pk = meta.pk();
        refuseStrayId(instance, meta);
        Vendor vendor = Databases.get(using).vendor();
        Object pkValue = instance.pk();
        boolean adding = pkValue == null || instance.state().adding;
        if (onlyFields != null && onlyFields.isEmpty()) {
            return;                 // Django: save(update_fields=[]) saves nothing
        }
        if (onlyFields != null && pkValue == null) {
            throw new IllegalArgumentException("Cannot force an update in save() with no primary key.");
        }
        stampTimes(instance, meta, adding);
        List<FieldMeta> fields = new ArrayList<>();
        for (FieldMeta f : meta.concreteFields()) {
            if (!f.primaryKey() && (onlyFields == null || onlyFields.contains(f.name()))) {
                fields.add(f);
            }
        }
        if (onlyFields != null) {
            for (String name : onlyFields) {
                if (meta.field(name).filter(FieldMeta::concrete).isEmpty()) {
                    throw new IllegalArgumentException("The following fields do not exist in this model, are m2m fields, or are "
                            + "non-concrete fields: " + name);
                }
            }
        }
        boolean insertOnly = forceInsert || (instance.state().adding && pk.hasDefault() && onlyFields == null);
        if (pkValue != null && !insertOnly) {
            List<Object> params = new ArrayList<>();
            List<String> sets = new ArrayList<>();
            for (FieldMeta f : fields) {
                sets.add(Sql.quote(f.column()) + " = ?");
                params.add(dbValue(instance, f, vendor));
            }
            params.add(ValueCodec.toDb(pk, pkValue, vendor));
            String where = " WHERE " + Sql.quote(pk.column()) + " = ?";
            // Django: with nothing to set, SELECT whether the row exists instead of an UPDATE.
            int updated = sets.isEmpty()
                    ? Statements.query(using, new Sql("SELECT 1 AS " + Sql.quote("a") + " FROM " + Sql.quote(meta.dbTable()) + where
                            + " LIMIT 1", List.of(params.get(0))), meta.label(), rs -> rs.next() ? 1 : 0)
                    : Statements.update(using, new Sql("UPDATE " + Sql.quote(meta.dbTable()) + " SET "
                            + String.join(", ", sets) + where, params), meta.label());
            if (updated > 0 || onlyFields != null) {
                if (updated == 0) {
                    throw new dev.hotclub.db.DatabaseError("Save with update_fields did not affect any rows.", null);
                }
                instance.state().adding = false;
                instance.state().db = using;
                return;
            }
        }
        List<FieldMeta> insertFields = new ArrayList<>(fields);
        boolean returning = pk.kind().isAuto();
        if (!returning || pkValue != null) {
            insertFields.add(0, pk);
        }
        List<Object> keys = insert(meta, insertFields, List.of(instance), using, vendor, returning);
        if (returning) {
            instance.setPk(keys.get(0));
        }
        instance.state().adding = false;
        instance.state().db = using;
    }

    /** The inherited {@code id} is no column of a model with a primary key of its own: setting it is a mistake. */
    private static void refuseStrayId(Model instance, ModelMeta meta) {
        if (instance.id != null && meta.pk().javaField().getDeclaringClass() != Model.class
                && meta.field("id").isEmpty()) {
            FieldMeta pk = meta.pk();
            throw new IllegalStateException(meta.objectName() + " has no field 'id' (it was set to " + instance.id
                    + "): its primary key is '" + pk.name() + "' (" + dev.hotclub.db.models.internal.LookupNames.withArticle(pk.kind().djangoName()) + "). Set " + pk.name()
                    + " (or call setPk(...)) instead of id.");
        }
    }

    private static void stampTimes(Model instance, ModelMeta meta, boolean adding) {
        for (FieldMeta f : meta.concreteFields()) {
            if (f.autoNow() || (f.autoNowAdd() && adding)) {
                Object now = switch (f.kind()) {
                    case DATE -> LocalDate.now(java.time.ZoneOffset.UTC);
                    case TIME -> LocalTime.now(java.time.ZoneOffset.UTC);
                    default -> Instant.now();
                };
                f.set(instance, now);
            }
        }
    }

    static Object dbValue(Model instance, FieldMeta field, Vendor vendor) {
        Object value = field.get(instance);
        if (field.isRelation()) {
            Ref<?> ref = (Ref<?>) value;
            if (ref.unsavedObject() != null) {
                throw new IllegalStateException("save() prohibited to prevent data loss due to unsaved related object '"
                        + field.name() + "'.");
            }
            return ValueCodec.toDb(field, ref, vendor);
        }
        return ValueCodec.toDb(field, value, vendor);
    }

    private static List<Object> insert(ModelMeta meta, List<FieldMeta> fields, List<Model> instances, String using, Vendor vendor,
                                       boolean returning) {
        FieldMeta pk = meta.pk();
        List<String> columns = fields.stream().map(f -> Sql.quote(f.column())).toList();
        String head = "INSERT INTO " + Sql.quote(meta.dbTable())
                + (columns.isEmpty() ? "" : " (" + String.join(", ", columns) + ")");
        List<Object> ids = new ArrayList<>();
        int perStatement = Math.max(1, MAX_PARAMS / Math.max(1, fields.size()));
        for (int from = 0; from < instances.size(); from += perStatement) {
            List<Model> chunk = instances.subList(from, Math.min(instances.size(), from + perStatement));
            List<Object> params = new ArrayList<>();
            List<String> rows = new ArrayList<>();
            for (Model instance : chunk) {
                for (FieldMeta f : fields) {
                    params.add(dbValue(instance, f, vendor));
                }
                rows.add("(" + String.join(", ", Collections.nCopies(fields.size(), "?")) + ")");
            }
            String values = columns.isEmpty()
                    ? (chunk.size() == 1 ? " DEFAULT VALUES" : null)
                    : " VALUES " + String.join(", ", rows);
            if (values == null) {
                for (Model ignored : chunk) {
                    ids.addAll(insert(meta, fields, List.of(ignored), using, vendor, returning));
                }
                continue;
            }
            if (!returning) {
                Statements.update(using, new Sql(head + values, params), meta.label());
                continue;
            }
            ids.addAll(Statements.query(using, new Sql(head + values + " RETURNING " + Sql.quote(pk.column()), params), meta.label(), rs -> {
                List<Object> got = new ArrayList<>();
                while (rs.next()) {
                    got.add(ValueCodec.fromDb(rs, 1, pk, vendor));
                }
                return got;
            }));
        }
        return ids;
    }

    static void bulkCreate(ModelMeta meta, List<Model> instances, String using) {
        if (instances.isEmpty()) {
            return;
        }
        Vendor vendor = Databases.get(using).vendor();
        boolean auto = meta.pk().kind().isAuto();
        // An automatic key is the database's to give; a declared one is the instance's, inserted with the rest.
        List<FieldMeta> fields = meta.concreteFields().stream().filter(f -> !auto || !f.primaryKey()).toList();
        for (Model instance : instances) {
            refuseStrayId(instance, meta);
            stampTimes(instance, meta, true);
        }
        dev.hotclub.db.Transaction.atomic(using, () -> {
            List<Object> ids = insert(meta, fields, instances, using, vendor, auto);
            for (int i = 0; i < instances.size(); i++) {
                if (auto) {
                    instances.get(i).setPk(ids.get(i));
                }
                instances.get(i).state().adding = false;
                instances.get(i).state().db = using;
            }
        });
    }

    /** One UPDATE per batch with CASE WHEN id = ? THEN ? ... per field, as Django's bulk_update. */
    static int bulkUpdate(ModelMeta meta, List<Model> instances, List<String> names, String using) {
        if (names.isEmpty()) {
            throw new IllegalArgumentException("Field names must be given to bulk_update().");
        }
        if (instances.isEmpty()) {
            return 0;
        }
        Vendor vendor = Databases.get(using).vendor();
        FieldMeta pk = meta.pk();
        String pkColumn = Sql.quote(pk.column());
        List<FieldMeta> fields = new ArrayList<>();
        for (String name : names) {
            FieldMeta f = meta.field(name).orElseThrow(() -> new FieldError(meta.objectName() + " has no field named '" + name + "'"));
            if (!f.concrete() || f.primaryKey()) {
                throw new IllegalArgumentException("bulk_update() can only be used with concrete fields.");
            }
            fields.add(f);
        }
        int batch = Math.max(1, MAX_PARAMS / (fields.size() * 2 + 1));
        int total = 0;
        for (int from = 0; from < instances.size(); from += batch) {
            List<Model> chunk = instances.subList(from, Math.min(instances.size(), from + batch));
            List<Object> params = new ArrayList<>();
            List<String> sets = new ArrayList<>();
            for (FieldMeta f : fields) {
                StringBuilder c = new StringBuilder("CASE");
                for (Model m : chunk) {
                    if (m.pk() == null) {
                        throw new IllegalArgumentException("All bulk_update() objects must have a primary key set.");
                    }
                    c.append(" WHEN ").append(pkColumn).append(" = ? THEN ").append(cast(f, vendor));
                    params.add(ValueCodec.toDb(pk, m.pk(), vendor));
                    params.add(dbValue(m, f, vendor));
                }
                sets.add(Sql.quote(f.column()) + " = " + c.append(" END"));
            }
            List<String> marks = new ArrayList<>();
            for (Model m : chunk) {
                marks.add("?");
                params.add(ValueCodec.toDb(pk, m.pk(), vendor));
            }
            total += Statements.update(using, new Sql("UPDATE " + Sql.quote(meta.dbTable()) + " SET " + String.join(", ", sets)
                    + " WHERE " + pkColumn + " IN (" + String.join(", ", marks) + ")", params), meta.label());
        }
        return total;
    }

    /** PostgreSQL cannot infer a CASE's type from untyped parameters; SQLite needs no cast. */
    private static String cast(FieldMeta f, Vendor vendor) {
        if (vendor == Vendor.SQLITE) {
            return "?";
        }
        return "CAST(? AS " + dev.hotclub.db.models.internal.SchemaSql.columnType(f, vendor) + ")";
    }
}
