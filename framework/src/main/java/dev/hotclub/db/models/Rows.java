package dev.hotclub.db.models;

import dev.hotclub.db.Databases;
import dev.hotclub.db.QueryLog;
import dev.hotclub.db.Vendor;
import dev.hotclub.db.internal.ConnectionScope;
import dev.hotclub.db.internal.Errors;
import dev.hotclub.db.models.internal.Query;
import dev.hotclub.db.models.internal.SelectCache;
import dev.hotclub.db.models.internal.Sql;
import dev.hotclub.db.models.internal.SqlCompiler;
import dev.hotclub.db.models.internal.Statements;
import dev.hotclub.db.models.internal.ValueCodec;
import java.lang.reflect.Constructor;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** Runs a QuerySet's SELECT and turns its rows into instances, maps or values. */
final class Rows {
    private static final ClassValue<Constructor<?>> CONSTRUCTORS = new ClassValue<>() {
        @Override
        protected Constructor<?> computeValue(Class<?> type) {
            try {
                Constructor<?> c = type.getDeclaredConstructor();
                c.setAccessible(true);
                return c;
            } catch (NoSuchMethodException e) {
                throw new IllegalArgumentException("The model " + type.getName() + " needs a constructor without parameters.");
            }
        }
    };

    private Rows() {
    }

    static Model newInstance(Class<? extends Model> model) {
        try {
            return (Model) CONSTRUCTORS.get(model).newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Could not create a " + model.getName() + ": " + e, e);
        }
    }

    static <T> List<T> list(QuerySet<T> qs) {
        Vendor vendor = qs.vendor();
        SqlCompiler.Select select = SelectCache.select(qs.query, vendor);
        Sql sql = qs.query.unions.isEmpty() ? select.sql() : new SqlCompiler(qs.query, vendor).union();
        List<T> rows = Statements.query(qs.query.using, sql, qs.query.meta.label(), rs -> {
            List<T> out = new ArrayList<>();
            while (rs.next()) {
                out.add(row(rs, select.columns(), qs.query, vendor));
            }
            return out;
        });
        if (!qs.query.prefetch.isEmpty() && qs.query.shape == Query.Shape.MODEL) {
            @SuppressWarnings("unchecked")
            List<Model> models = (List<Model>) rows;
            Prefetcher.prefetch(models, qs.query.meta, qs.query.prefetch, qs.query.using);
        }
        return rows;
    }

    /** Streams the rows: PostgreSQL reads them in batches through a cursor (which needs a transaction). */
    static <T> Stream<T> stream(QuerySet<T> qs, int batch) {
        if (!qs.query.prefetch.isEmpty()) {
            throw new IllegalStateException("stream() reads rows as they come and cannot prefetchRelated; use list().");
        }
        Vendor vendor = qs.vendor();
        SqlCompiler.Select select = SelectCache.select(qs.query, vendor);
        String using = qs.query.using;
        boolean ownTransaction = !dev.hotclub.db.Transaction.inAtomicBlock(using);
        if (ownTransaction) {
            ConnectionScope.enter(using, false);
        }
        try {
            return ConnectionScope.withConnection(using, connection -> {
                long start = System.nanoTime();
                PreparedStatement statement = connection.prepareStatement(select.sql().text());
                statement.setFetchSize(batch);
                Statements.bind(statement, select.sql().params());
                ResultSet rs = statement.executeQuery();
                QueryLog.record(select.sql().text(), System.nanoTime() - start);
                Iterator<T> iterator = new Iterator<>() {
                    Boolean hasNext;

                    @Override
                    public boolean hasNext() {
                        if (hasNext == null) {
                            try {
                                hasNext = rs.next();
                            } catch (SQLException e) {
                                throw Errors.translate(e, qs.query.meta.label(), null);
                            }
                        }
                        return hasNext;
                    }

                    @Override
                    public T next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        hasNext = null;
                        try {
                            return row(rs, select.columns(), qs.query, vendor);
                        } catch (SQLException e) {
                            throw Errors.translate(e, qs.query.meta.label(), null);
                        }
                    }
                };
                return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED), false)
                        .onClose(() -> {
                            try {
                                statement.close();
                            } catch (SQLException ignored) {
                                // closing a finished cursor
                            }
                            if (ownTransaction) {
                                ConnectionScope.exit(using, true);
                            }
                        });
            });
        } catch (RuntimeException e) {
            if (ownTransaction) {
                ConnectionScope.exit(using, false);
            }
            throw e;
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T row(ResultSet rs, List<SqlCompiler.Column> columns, Query query, Vendor vendor) throws SQLException {
        int index = 1;
        switch (query.shape) {
            case MODEL -> {
                Model root = null;
                Map<String, Object> annotations = null;
                for (SqlCompiler.Column column : columns) {
                    if (column instanceof SqlCompiler.ModelColumns mc) {
                        Model instance = instance(rs, index, mc.meta(), mc.fields(), vendor, query.using);
                        index += mc.fields().size();
                        if (root == null) {
                            root = instance;
                        } else {
                            attach(root, mc.path(), instance, query.using);
                        }
                    } else {
                        SqlCompiler.ValueColumn vc = (SqlCompiler.ValueColumn) column;
                        if (annotations == null) {
                            annotations = new LinkedHashMap<>();
                        }
                        annotations.put(vc.name(), value(rs, index++, vc, vendor));
                    }
                }
                root.state().annotations = annotations;
                return (T) root;
            }
            case VALUES -> {
                Map<String, Object> map = new LinkedHashMap<>();
                for (SqlCompiler.Column column : columns) {
                    SqlCompiler.ValueColumn vc = (SqlCompiler.ValueColumn) column;
                    map.put(vc.name(), value(rs, index++, vc, vendor));
                }
                return (T) map;
            }
            case VALUES_LIST -> {
                List<Object> list = new ArrayList<>();
                for (SqlCompiler.Column column : columns) {
                    list.add(value(rs, index++, (SqlCompiler.ValueColumn) column, vendor));
                }
                return (T) java.util.Collections.unmodifiableList(list);
            }
            default -> {
                return (T) value(rs, 1, (SqlCompiler.ValueColumn) columns.get(0), vendor);
            }
        }
    }

    static Object value(ResultSet rs, int index, SqlCompiler.ValueColumn column, Vendor vendor) throws SQLException {
        if (column.field() != null && column.field().kind() == FieldKind.JSON && column.expression() instanceof F) {
            return ValueCodec.readJsonValue(column.field(), rs.getString(index));      // values() of a JSON key
        }
        if (column.field() != null) {
            return ValueCodec.fromDb(rs, index, column.field(), vendor);
        }
        Object plain = ValueCodec.plain(rs, index);
        if (column.expression() instanceof Avg && plain instanceof Number n) {
            return n.doubleValue();
        }
        if (plain instanceof java.math.BigDecimal d && column.expression() instanceof Count) {
            return d.longValue();
        }
        return plain;
    }

    static Model instance(ResultSet rs, int start, ModelMeta meta, List<FieldMeta> fields, Vendor vendor, String using)
            throws SQLException {
        Model instance = newInstance(meta.modelClass());
        int index = start;
        for (FieldMeta field : fields) {
            store(instance, field, ValueCodec.fromDb(rs, index++, field, vendor), using);
        }
        // concreteCount, not concreteFields().size(), which builds a list again: this runs for every row.
        if (fields.size() != concreteCount(meta)) {
            instance.deferred(meta, fields);
        }
        instance.state().adding = false;
        instance.state().db = using;
        return instance;
    }

    private static int concreteCount(ModelMeta meta) {
        int count = 0;
        for (FieldMeta field : meta.fields()) {
            if (field.concrete()) {
                count++;
            }
        }
        return count;
    }

    static void store(Model instance, FieldMeta field, Object value, String using) {
        if (field.isRelation()) {
            Ref<?> ref = (Ref<?>) field.get(instance);
            ref.setPk(value);
            ref.database(using);
        } else if (value != null || !field.javaType().isPrimitive()) {
            field.set(instance, value);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void attach(Model root, List<String> path, Model related, String using) {
        Model owner = root;
        for (int i = 0; i < path.size() - 1; i++) {
            owner = ((Ref<?>) owner.meta().field(path.get(i)).orElseThrow().get(owner)).get();
            if (owner == null) {
                return;
            }
        }
        Ref ref = (Ref) owner.meta().field(path.get(path.size() - 1)).orElseThrow().get(owner);
        ref.loaded(related.pk() == null ? null : related, using);
    }

    static List<Object> pks(QuerySet<?> qs) {
        Vendor vendor = qs.vendor();
        Sql sql = new SqlCompiler(qs.query, vendor).pks();
        FieldMeta pk = qs.query.meta.pk();
        return Statements.query(qs.query.using, sql, qs.query.meta.label(), rs -> {
            List<Object> ids = new ArrayList<>();
            while (rs.next()) {
                ids.add(ValueCodec.fromDb(rs, 1, pk, vendor));
            }
            return ids;
        });
    }

    static Map<String, Object> aggregate(QuerySet<?> qs, Map<String, Aggregate> aggregates) {
        Vendor vendor = qs.vendor();
        Sql sql = new SqlCompiler(qs.query, vendor).aggregate(aggregates);
        Map<String, Object> result = new LinkedHashMap<>();
        if (qs.query.none) {
            aggregates.forEach((name, a) -> result.put(name, a instanceof Count ? 0L : null));
            return result;
        }
        Query forFields = qs.query;
        return Statements.query(qs.query.using, sql, qs.query.meta.label(), rs -> {
            rs.next();
            int i = 1;
            for (Map.Entry<String, Aggregate> e : aggregates.entrySet()) {
                Query q = forFields.copy();
                q.annotations.put(e.getKey(), e.getValue());
                SqlCompiler.Select shape = new SqlCompiler(onlyAnnotation(q, e.getKey()), vendor).select();
                SqlCompiler.ValueColumn column = (SqlCompiler.ValueColumn) shape.columns().get(shape.columns().size() - 1);
                Object value = value(rs, i++, column, vendor);
                result.put(e.getKey(), value == null && e.getValue() instanceof Count ? 0L : value);
            }
            return result;
        });
    }

    private static Query onlyAnnotation(Query q, String name) {
        Query copy = q.copy();
        copy.shape = Query.Shape.VALUES;
        copy.valueFields = List.of(name);
        copy.filters = new ArrayList<>();
        return copy;
    }

    static List<Model> raw(QuerySet<?> qs, Sql sql) {
        Vendor vendor = qs.vendor();
        ModelMeta meta = qs.query.meta;
        return Statements.query(qs.query.using, sql, meta.label(), rs -> {
            ResultSetMetaData md = rs.getMetaData();
            Map<String, Integer> byColumn = new HashMap<>();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                byColumn.put(md.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT), i);
            }
            List<Model> out = new ArrayList<>();
            while (rs.next()) {
                Model instance = newInstance(meta.modelClass());
                for (FieldMeta field : meta.concreteFields()) {
                    Integer index = byColumn.get(field.column().toLowerCase(java.util.Locale.ROOT));
                    if (index != null) {
                        store(instance, field, ValueCodec.fromDb(rs, index, field, vendor), qs.query.using);
                    }
                }
                instance.state().adding = false;
                instance.state().db = qs.query.using;
                out.add(instance);
            }
            return out;
        });
    }

    /** Sets the fields named by exact lookups of {@code q} on a new instance (getOrCreate's kwargs). */
    static void applyExactLookups(Model instance, Q q) {
        if (q.isNegated() || q.isOr()) {
            return;
        }
        for (Object child : q.children()) {
            if (child instanceof Q.Condition c) {
                String lookup = c.lookup().endsWith("__exact") ? c.lookup().substring(0, c.lookup().length() - 7) : c.lookup();
                String name = lookup.equals("pk") ? instance.meta().pk().name() : lookup;
                instance.meta().field(name).filter(FieldMeta::concrete).ifPresent(field -> {
                    if (field.isRelation()) {
                        Ref<?> ref = (Ref<?>) field.get(instance);
                        if (c.value() instanceof Model m) {
                            ((Ref<Model>) (Ref<?>) ref).set(m);
                        } else {
                            ref.setPk(c.value());
                        }
                    } else {
                        field.set(instance, c.value());
                    }
                });
            } else {
                applyExactLookups(instance, (Q) child);
            }
        }
    }
}
