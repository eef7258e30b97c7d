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

/** INSERT and UPDATE of instances: {@code INSERT ... RETURNING "id"} on both backends (no getGeneratedKeys). */
final class Writer {
    /** PostgreSQL accepts 65535 bound values per statement and SQLite 32766: stay well below both. */
    private static final int MAX_PARAMS = 30_000;

    private Writer() {
    }

    static void save(Model instance, String using, List<String> onlyFields) {
        ModelMeta meta = instance.meta();
        Vendor vendor = Databases.get(using).vendor();
        boolean adding = instance.id == null || instance.state().adding;
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
        if (instance.id != null) {
            List<Object> params = new ArrayList<>();
            List<String> sets = new ArrayList<>();
            for (FieldMeta f : fields) {
                sets.add(Sql.quote(f.column()) + " = ?");
                params.add(dbValue(instance, f, vendor));
            }
            params.add(instance.id);
            int updated = sets.isEmpty() ? 1 : Statements.update(using, new Sql("UPDATE " + Sql.quote(meta.dbTable()) + " SET "
                    + String.join(", ", sets) + " WHERE " + Sql.quote("id") + " = ?", params), meta.label());
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
        if (instance.id != null) {
            insertFields.add(0, meta.pk());
        }
        List<Long> ids = insert(meta, insertFields, List.of(instance), using, vendor);
        instance.id = ids.get(0);
        instance.state().adding = false;
        instance.state().db = using;
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
            return ref.id();
        }
        return ValueCodec.toDb(field, value, vendor);
    }

    private static List<Long> insert(ModelMeta meta, List<FieldMeta> fields, List<Model> instances, String using, Vendor vendor) {
        List<String> columns = fields.stream().map(f -> Sql.quote(f.column())).toList();
        String head = "INSERT INTO " + Sql.quote(meta.dbTable())
                + (columns.isEmpty() ? "" : " (" + String.join(", ", columns) + ")");
        List<Long> ids = new ArrayList<>();
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
                    ids.addAll(insert(meta, fields, List.of(ignored), using, vendor));
                }
                continue;
            }
            ids.addAll(Statements.query(using, new Sql(head + values + " RETURNING " + Sql.quote("id"), params), meta.label(), rs -> {
                List<Long> got = new ArrayList<>();
                while (rs.next()) {
                    got.add(rs.getLong(1));
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
        List<FieldMeta> fields = meta.concreteFields().stream().filter(f -> !f.primaryKey()).toList();
        for (Model instance : instances) {
            stampTimes(instance, meta, true);
        }
        dev.hotclub.db.Transaction.atomic(using, () -> {
            List<Long> ids = insert(meta, fields, instances, using, vendor);
            for (int i = 0; i < instances.size(); i++) {
                instances.get(i).id = ids.get(i);
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
                    if (m.id == null) {
                        throw new IllegalArgumentException("All bulk_update() objects must have a primary key set.");
                    }
                    c.append(" WHEN ").append(Sql.quote("id")).append(" = ? THEN ").append(cast(f, vendor));
                    params.add(m.id);
                    params.add(dbValue(m, f, vendor));
                }
                sets.add(Sql.quote(f.column()) + " = " + c.append(" END"));
            }
            List<String> marks = new ArrayList<>();
            for (Model m : chunk) {
                marks.add("?");
                params.add(m.id);
            }
            total += Statements.update(using, new Sql("UPDATE " + Sql.quote(meta.dbTable()) + " SET " + String.join(", ", sets)
                    + " WHERE " + Sql.quote("id") + " IN (" + String.join(", ", marks) + ")", params), meta.label());
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
