package dev.hotclub.db.models.internal;

import dev.hotclub.db.Vendor;
import dev.hotclub.db.models.Expression;
import dev.hotclub.db.models.FieldError;
import dev.hotclub.db.models.Model;
import dev.hotclub.db.models.Q;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SELECTs already compiled, by the shape of their query: a view that runs {@code World.objects.get("id", n)}
 * for 20 values of {@code n} compiles it once. The shape is everything that writes the SQL text (model, backend,
 * row shape, the fields read, only()/defer(), slice, ordering, the filters' lookups and tree), never a value: values are bound
 * parameters, recomputed for each query from its own filters.
 *
 * <p>Only queries whose every condition reads a column of the model's own table (no join, no annotation, no F()
 * value, no union) are kept. For those the WHERE clause is the conditions' SQL put together, each condition's SQL
 * depending on its lookup and, at most, on its value's kind (null, a list's length, isnull's true/false): each
 * condition is written again with its value ({@link LookupSql}, without resolving the path again) and the cached
 * text is used only if every condition came out as when it was compiled, else the query is compiled in full.
 * Kept per model class (a dev-server reload's new classes start empty), at most {@value #MAX_SHAPES} shapes each.
 */
public final class SelectCache {
    private static final int MAX_SHAPES = 256;
    private static final Object UNCACHEABLE = new Object();
    private static final ClassValue<Map<Key, Object>> BY_MODEL = new ClassValue<>() {
        @Override
        protected Map<Key, Object> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    /** What writes the text of a SELECT. Every field of {@link Query} that changes the text belongs here. */
    private record Key(Vendor vendor, Query.Shape shape, List<String> valueFields, boolean distinct, boolean forUpdate,
                       boolean none, Integer offset, Integer limit, List<Object> ordering, List<String> selectRelated,
                       List<Object> filters, Set<String> loadingNames, boolean loadingOnly) {
    }

    /** A compiled SELECT, with each condition's path resolved and SQL as compiled, in the order their values bind. */
    private record Entry(String text, List<SqlCompiler.Column> columns, List<PathResolver.Resolved> conditions,
                         List<String> conditionSql) {
    }

    /** One condition of a query, in the order its parameters bind. */
    private record Condition(String lookup, Object value, int group) {
    }

    private SelectCache() {
    }

    /** {@code new SqlCompiler(query, vendor).select()}, from the cache when a query of the same shape ran before. */
    public static SqlCompiler.Select select(Query query, Vendor vendor) {
        List<Condition> conditions = new ArrayList<>();
        Key key = key(query, vendor, conditions);
        if (key == null) {
            return new SqlCompiler(query, vendor).select();
        }
        Map<Key, Object> cache = BY_MODEL.get(query.meta.modelClass());
        Object cached = cache.get(key);
        if (cached instanceof Entry entry) {
            List<Object> params = new ArrayList<>();
            if (bind(entry, conditions, vendor, params)) {
                return new SqlCompiler.Select(new Sql(entry.text(), params), entry.columns());
            }
        }
        SqlCompiler.Select compiled = new SqlCompiler(query, vendor).select();
        if (cached == null && cache.size() < MAX_SHAPES) {
            cache.putIfAbsent(key, entry(query, vendor, conditions, compiled));
        }
        return compiled;
    }

    /** Writes each condition again with its value; false when one's SQL differs from the cached one's. */
    private static boolean bind(Entry entry, List<Condition> conditions, Vendor vendor, List<Object> params) {
        for (int i = 0; i < conditions.size(); i++) {
            String sql = LookupSql.condition(entry.conditions().get(i), conditions.get(i).value(), vendor, params,
                    SelectCache::noExpression);
            if (!sql.equals(entry.conditionSql().get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The entry for a query just compiled, or UNCACHEABLE when a condition joins or its parameters differ. */
    private static Object entry(Query query, Vendor vendor, List<Condition> conditions, SqlCompiler.Select compiled) {
        List<PathResolver.Resolved> resolved = new ArrayList<>();
        List<String> sql = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        try {
            for (Condition condition : conditions) {
                Joins joins = new Joins("t");
                PathResolver.Resolved path = new PathResolver(joins).resolve(query.meta, condition.lookup(), condition.group(), Set.of());
                if (joins.any()) {
                    return UNCACHEABLE;
                }
                resolved.add(path);
                sql.add(LookupSql.condition(path, condition.value(), vendor, params, SelectCache::noExpression));
            }
        } catch (FieldError e) {
            return UNCACHEABLE;
        }
        // The compiled statement must bind exactly the conditions' parameters, in this order: else the shape is one
        // this cache does not understand, and is compiled every time.
        if (!params.equals(compiled.sql().params())) {
            return UNCACHEABLE;
        }
        return new Entry(compiled.sql().text(), compiled.columns(), List.copyOf(resolved), List.copyOf(sql));
    }

    private static String noExpression(Expression expression) {
        throw new FieldError("An F() value is not cached.");
    }

    /** The query's shape, its conditions collected in the order they bind; null for a query this cache does not keep. */
    private static Key key(Query query, Vendor vendor, List<Condition> conditions) {
        if (!query.annotations.isEmpty() || !query.unions.isEmpty()) {
            return null;
        }
        if (query.ordering != null) {
            for (Object term : query.ordering) {
                if (!(term instanceof String)) {
                    return null;
                }
            }
        }
        List<Object> filters = new ArrayList<>();
        for (Query.Filter filter : query.filters) {
            filters.add(filter.exclude());
            if (!shape(filter.q(), filter.group(), filters, conditions)) {
                return null;
            }
        }
        return new Key(vendor, query.shape, query.valueFields, query.distinct, query.forUpdate, query.none,
                query.offset, query.limit, query.ordering, query.selectRelated, filters, query.loadingNames, query.loadingOnly);
    }

    /** Appends the tree of {@code q} (connector, negation, lookups, the kinds of its values) to {@code out}. */
    private static boolean shape(Q q, int group, List<Object> out, List<Condition> conditions) {
        out.add(q.isNegated() ? "NOT" : q.isOr() ? "OR" : "AND");
        for (Object child : q.children()) {
            if (child instanceof Q.Condition c) {
                Object value = c.value();
                if (value instanceof Expression) {
                    return false;
                }
                out.add(c.lookup());
                out.add(value == null ? Void.class : value instanceof Boolean ? value : value.getClass());
                if (value instanceof Collection<?> collection) {
                    out.add(collection.size());
                } else if (value instanceof Object[] array) {
                    out.add(array.length);
                } else if (!(value == null || value instanceof Model || value instanceof Comparable<?>
                        || value instanceof Map<?, ?>)) {
                    return false;
                }
                conditions.add(new Condition(c.lookup(), value, group));
            } else if (!shape((Q) child, group, out, conditions)) {
                return false;
            }
        }
        out.add(")");
        return true;
    }
}
