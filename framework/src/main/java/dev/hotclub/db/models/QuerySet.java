package dev.hotclub.db.models;

import dev.hotclub.db.Databases;
import dev.hotclub.db.Transaction;
import dev.hotclub.db.Vendor;
import dev.hotclub.db.models.internal.Query;
import dev.hotclub.db.models.internal.Sql;
import dev.hotclub.db.models.internal.SqlCompiler;
import dev.hotclub.db.models.internal.Statements;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Django's QuerySet: a lazy, immutable description of rows. Building one ({@code filter}, {@code exclude},
 * {@code orderBy}...) runs no query; reading it ({@code list()}, a for loop, {@code count()}, {@code get()}) runs
 * one. Lookups use the fields' Java names and Django's operators: {@code filter("pubDate__year", 2024)},
 * {@code filter("choice__votes__gte", 4)}.
 *
 * <pre>{@code
 * List<Question> latest = Question.objects.filter("pubDate__lte", Instant.now()).orderBy("-pubDate").slice(0, 5).list();
 * Question q = Question.objects.get("pk", 1);
 * Choice.objects.filter("question", q).update("votes", F.of("votes").plus(1));
 * }</pre>
 *
 * @param <T> what a row becomes: the model, or a {@code Map}/{@code List}/value after {@code values()}.
 */
public class QuerySet<T> implements Iterable<T> {
    final Class<? extends Model> model;
    final Query query;

    public QuerySet(Class<? extends Model> model) {
        this(model, new Query(ModelMeta.of(model)));
    }

    QuerySet(Class<? extends Model> model, Query query) {
        this.model = model;
        this.query = query;
    }

    <R> QuerySet<R> with(Consumer<Query> change) {
        Query copy = query.copy();
        change.accept(copy);
        return new QuerySet<>(model, copy);
    }

    /** The rows kept before evaluation (a prefetched relation); null for a queryset that queries. */
    List<T> prefetched() {
        return null;
    }

    public ModelMeta meta() {
        return query.meta;
    }

    // ---- building ------------------------------------------------------------------------------------------------

    /** A copy of this QuerySet (a related manager's prefetched rows stay with it, as Django's {@code all()}). */
    public QuerySet<T> all() {
        if (prefetched() != null) {
            return this;
        }
        return with(q -> { });
    }

    public QuerySet<T> using(String database) {
        Databases.get(database);
        return with(q -> q.using = database);
    }

    public QuerySet<T> filter(String lookup, Object value) {
        return filter(Q.of(lookup, value));
    }

    /** Several conditions ANDed in one call (they share multi-valued joins): {@code filter("a__x", 1, "a__y", 2)}. */
    public QuerySet<T> filter(String lookup, Object value, Object... moreLookupValuePairs) {
        Object[] all = new Object[moreLookupValuePairs.length + 2];
        all[0] = lookup;
        all[1] = value;
        System.arraycopy(moreLookupValuePairs, 0, all, 2, moreLookupValuePairs.length);
        return filter(Q.where(all));
    }

    public QuerySet<T> filter(Q q) {
        return with(query -> query.addFilter(q, false));
    }

    public QuerySet<T> exclude(String lookup, Object value) {
        return exclude(Q.of(lookup, value));
    }

    public QuerySet<T> exclude(Q q) {
        return with(query -> query.addFilter(q, true));
    }

    /** Field names ({@code "-pubDate"} descending, {@code "question__pubDate"} across a relation, {@code "?"} random) or {@code F.of(..).asc()}. */
    public QuerySet<T> orderBy(Object... terms) {
        return with(q -> q.ordering = List.of(terms));
    }

    /** The same rows in the opposite order (Django's {@code reverse()}). */
    public QuerySet<T> reverse() {
        return with(q -> q.ordering = reversedOrdering(q));
    }

    public QuerySet<T> distinct() {
        return with(q -> q.distinct = true);
    }

    /** An empty result that runs no query (Django's {@code none()}). */
    public QuerySet<T> none() {
        return with(q -> q.none = true);
    }

    /** Rows {@code start} (inclusive) to {@code end} (exclusive), as Python's {@code qs[start:end]}: LIMIT/OFFSET. */
    public QuerySet<T> slice(int start, int end) {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Negative indexing is not supported (slice(" + start + ", " + end + ")).");
        }
        return with(q -> {
            int base = q.offset == null ? 0 : q.offset;
            int newEnd = q.limit == null ? base + end : Math.min(base + q.limit, base + end);
            q.offset = base + start;
            q.limit = Math.max(0, newEnd - q.offset);
        });
    }

    /** Follows these foreign keys in the same query (Django's {@code select_related}). */
    public QuerySet<T> selectRelated(String... relations) {
        return with(q -> q.selectRelated.addAll(List.of(relations)));
    }

    /** Loads these relations in one extra query each (Django's {@code prefetch_related}). */
    public QuerySet<T> prefetchRelated(String... relations) {
        return with(q -> q.prefetch.addAll(List.of(relations)));
    }

    /**
     * Loads only these fields (Django's {@code only()}): the primary key always, and through selectRelated the
     * fields named after a relation ({@code only("choiceText", "question__questionText")}). The others are deferred:
     * they keep their initial value until {@code refreshFromDb("name")} loads them (see {@link Model#deferredFields()}).
     * A second {@code only()} replaces the first.
     */
    public QuerySet<T> only(String... fields) {
        if (query.shape != Query.Shape.MODEL) {
            throw new IllegalStateException("Cannot call only() after .values() or .values_list()");
        }
        if (fields.length == 0 || java.util.Arrays.asList(fields).contains(null)) {
            throw new IllegalArgumentException("Cannot pass None as an argument to only().");
        }
        return with(q -> {
            java.util.Set<String> names = new java.util.LinkedHashSet<>(List.of(fields));
            if (!q.loadingOnly) {
                names.removeAll(q.loadingNames);        // Django: what was deferred stays deferred
            }
            q.loadingNames = java.util.Set.copyOf(names);
            q.loadingOnly = true;
        });
    }

    /**
     * Leaves these fields out of the SELECT (Django's {@code defer()}); they keep their initial value until
     * {@code refreshFromDb("name")} loads them. After {@code only()}, removes them from its fields. The primary key is
     * always loaded.
     */
    public QuerySet<T> defer(String... fields) {
        if (query.shape != Query.Shape.MODEL) {
            throw new IllegalStateException("Cannot call defer() after .values() or .values_list()");
        }
        return with(q -> {
            java.util.Set<String> names = new java.util.LinkedHashSet<>(q.loadingNames);
            if (q.loadingOnly) {
                names.removeAll(List.of(fields));
            } else {
                names.addAll(List.of(fields));
            }
            q.loadingNames = java.util.Set.copyOf(names);
        });
    }

    /** Loads every field again (Django's {@code defer(None)}). */
    public QuerySet<T> undefer() {
        return with(q -> {
            q.loadingNames = java.util.Set.of();
            q.loadingOnly = false;
        });
    }

    /** Adds a computed value to each row: {@code annotate("numChoices", Count.of("choice"))}; read it with {@code annotation(name)}. */
    public QuerySet<T> annotate(String name, Expression expression) {
        if (query.meta.field(name).isPresent()) {
            throw new IllegalArgumentException("The annotation '" + name + "' conflicts with a field on the model.");
        }
        return with(q -> q.annotations.put(name, expression));
    }

    /** Rows as maps of field name to value (Django's {@code values()}); no names means every field. */
    public QuerySet<Map<String, Object>> values(String... fields) {
        return with(q -> {
            q.shape = Query.Shape.VALUES;
            q.valueFields = List.of(fields);
        });
    }

    /** Rows as lists of values (Django's {@code values_list()}). */
    public QuerySet<List<Object>> valuesList(String... fields) {
        return with(q -> {
            q.shape = Query.Shape.VALUES_LIST;
            q.valueFields = List.of(fields);
        });
    }

    /** One field's values (Django's {@code values_list(field, flat=True)}). */
    public <V> QuerySet<V> valuesListFlat(String field) {
        return with(q -> {
            q.shape = Query.Shape.FLAT;
            q.valueFields = List.of(field);
        });
    }

    /** Locks the rows until the transaction ends (PostgreSQL's FOR UPDATE; SQLite locks the whole database anyway). */
    public QuerySet<T> selectForUpdate() {
        if (!Transaction.inAtomicBlock(query.using)) {
            throw new IllegalStateException("select_for_update cannot be used outside of a transaction.");
        }
        return with(q -> q.forUpdate = true);
    }

    /** The rows of both (SQL UNION: duplicates removed). */
    @SafeVarargs
    public final QuerySet<T> union(QuerySet<T>... others) {
        return with(q -> {
            for (QuerySet<T> other : others) {
                q.unions.add(other.query);
            }
        });
    }

    // ---- reading -------------------------------------------------------------------------------------------------

    /** Runs the query (once) and returns its rows. */
    public List<T> list() {
        List<T> kept = prefetched();
        if (kept != null) {
            return kept;
        }
        if (query.none) {
            return List.of();
        }
        return Rows.list(this);
    }

    @Override
    public Iterator<T> iterator() {
        return list().iterator();
    }

    /** The rows read as they arrive, without holding them all (Django's {@code iterator()}); close the stream. */
    public Stream<T> stream() {
        return Rows.stream(this, 2000);
    }

    public T get() {
        List<T> rows = slice(0, 21).withoutDefaultOrdering().list();
        if (rows.isEmpty()) {
            throw new DoesNotExist(model);
        }
        if (rows.size() > 1) {
            throw new MultipleObjectsReturned(model, rows.size());
        }
        return rows.get(0);
    }

    public T get(String lookup, Object value) {
        return filter(lookup, value).get();
    }

    public T get(Q q) {
        return filter(q).get();
    }

    /** The first row (by the ordering, else by the primary key), or empty. */
    public Optional<T> first() {
        QuerySet<T> ordered = hasOrdering() ? this : orderBy("pk");
        return ordered.slice(0, 1).list().stream().findFirst();
    }

    public Optional<T> last() {
        QuerySet<T> ordered = hasOrdering() ? reverse() : orderBy("-pk");
        return ordered.slice(0, 1).list().stream().findFirst();
    }

    /** Row {@code index} (Python's {@code qs[index]}); Django's IndexError becomes {@link DoesNotExist}. */
    public T index(int index) {
        List<T> rows = slice(index, index + 1).list();
        if (rows.isEmpty()) {
            throw new DoesNotExist(model);
        }
        return rows.get(0);
    }

    public long count() {
        List<T> kept = prefetched();
        if (kept != null) {
            return kept.size();
        }
        if (query.none) {
            return 0;
        }
        Sql sql = new SqlCompiler(query, vendor()).count();
        return Statements.query(query.using, sql, query.meta.label(), rs -> rs.next() ? rs.getLong(1) : 0L);
    }

    public boolean exists() {
        List<T> kept = prefetched();
        if (kept != null) {
            return !kept.isEmpty();
        }
        if (query.none) {
            return false;
        }
        return Statements.query(query.using, new SqlCompiler(query, vendor()).exists(), query.meta.label(), rs -> rs.next());
    }

    /** Django's {@code aggregate(Sum("votes"))}: names are the aggregates' default aliases ({@code votes__sum}). */
    public Map<String, Object> aggregate(Aggregate... aggregates) {
        Map<String, Aggregate> named = new LinkedHashMap<>();
        for (Aggregate a : aggregates) {
            named.put(a.defaultAlias(), a);
        }
        return aggregate(named);
    }

    public Map<String, Object> aggregate(Map<String, Aggregate> aggregates) {
        return Rows.aggregate(this, aggregates);
    }

    // ---- writing -------------------------------------------------------------------------------------------------

    /** Sets fields on every matched row in one UPDATE ({@code update("votes", F.of("votes").plus(1))}); returns the rows matched. */
    public int update(String field, Object value, Object... moreFieldValuePairs) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(field, value);
        for (int i = 0; i + 1 < moreFieldValuePairs.length; i += 2) {
            values.put((String) moreFieldValuePairs[i], moreFieldValuePairs[i + 1]);
        }
        return update(values);
    }

    public int update(Map<String, Object> values) {
        if (query.none) {
            return 0;
        }
        Sql sql = new SqlCompiler(query, vendor()).update(values);
        return Statements.update(query.using, sql, query.meta.label());
    }

    /** Deletes the matched rows with Django's collector (cascades, SET_NULL, PROTECT...); returns the counts per model. */
    public DeleteResult delete() {
        if (query.sliced()) {
            throw new IllegalStateException("Cannot use 'limit' or 'offset' with delete.");
        }
        if (query.none) {
            return new DeleteResult(0, Map.of());
        }
        return Transaction.atomicGet(query.using, () -> {
            List<Object> pks = Rows.pks(this);
            return Collector.delete(query.meta, pks, query.using);
        });
    }

    /** Builds, fills and saves a new instance: {@code create(q -> { q.questionText = "What's new?"; q.pubDate = Instant.now(); })}. */
    @SuppressWarnings("unchecked")
    public T create(Consumer<T> fill) {
        T instance = (T) Rows.newInstance(model);
        fill.accept(instance);
        beforeCreate((Model) instance);
        Writer.save((Model) instance, query.using, null, true);
        return instance;
    }

    /** Hook for related managers: sets the foreign key of a new child. */
    void beforeCreate(Model instance) {
    }

    /** The row matching {@code lookup}, or a new one saved with its exact values and {@code defaults} applied. */
    public GetOrCreate<T> getOrCreate(Q lookup, Consumer<T> defaults) {
        return Transaction.atomicGet(query.using, () -> {
            try {
                return new GetOrCreate<>(get(lookup), false);
            } catch (DoesNotExist e) {
                T created = create(instance -> {
                    Rows.applyExactLookups((Model) instance, lookup);
                    defaults.accept(instance);
                });
                return new GetOrCreate<>(created, true);
            }
        });
    }

    /** The row matching {@code lookup} updated with {@code defaults}, or a new one. */
    public GetOrCreate<T> updateOrCreate(Q lookup, Consumer<T> defaults) {
        return Transaction.atomicGet(query.using, () -> {
            List<T> found = filter(lookup).selectForUpdateIfPossible().slice(0, 2).list();
            if (found.size() > 1) {
                throw new MultipleObjectsReturned(model, found.size());
            }
            if (found.isEmpty()) {
                return getOrCreate(lookup, defaults);
            }
            T instance = found.get(0);
            defaults.accept(instance);
            ((Model) instance).save();
            return new GetOrCreate<>(instance, false);
        });
    }

    private QuerySet<T> selectForUpdateIfPossible() {
        return vendor() == Vendor.POSTGRESQL ? with(q -> q.forUpdate = true) : this;
    }

    /** Inserts many instances in few statements (ids filled in); no {@code save()} is called, as Django. */
    public List<T> bulkCreate(List<T> instances) {
        Writer.bulkCreate(query.meta, instances.stream().map(i -> (Model) i).toList(), query.using);
        return instances;
    }

    /** Updates {@code fields} of the given saved instances in a few statements; returns the rows updated. */
    public int bulkUpdate(List<T> instances, String... fields) {
        return Writer.bulkUpdate(query.meta, instances.stream().map(i -> (Model) i).toList(), List.of(fields), query.using);
    }

    /** The rows with these primary keys, by key (Django's {@code in_bulk}): {@code Map<Long, Author>}, {@code Map<String, Country>}. */
    @SuppressWarnings("unchecked")
    public <K> Map<K, T> inBulk(Collection<K> ids) {
        Map<K, T> byId = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return byId;
        }
        for (T row : filter("pk__in", ids).list()) {
            byId.put((K) ((Model) row).pk(), row);
        }
        return byId;
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    Vendor vendor() {
        return Databases.get(query.using).vendor();
    }

    private boolean hasOrdering() {
        return query.ordering != null ? !query.ordering.isEmpty() : !query.meta.ordering().isEmpty();
    }

    private QuerySet<T> withoutDefaultOrdering() {
        return query.ordering == null ? with(q -> q.ordering = List.of()) : this;
    }

    private static List<Object> reversedOrdering(Query q) {
        List<Object> terms = q.ordering != null ? q.ordering : new ArrayList<>(q.meta.ordering());
        List<Object> reversed = new ArrayList<>();
        for (Object term : terms) {
            if (term instanceof String s) {
                reversed.add(s.equals("?") ? s : s.startsWith("-") ? s.substring(1) : "-" + s);
            } else if (term instanceof OrderBy o) {
                reversed.add(new OrderBy(o.expression(), !o.descending(), o.nulls() == null ? null : !o.nulls()));
            }
        }
        return reversed;
    }

    /** The compiled SELECT, for debugging and tests (Django's {@code str(qs.query)}, with {@code ?} for the values). */
    public String sql() {
        return new SqlCompiler(query, vendor()).select().sql().text();
    }

    @Override
    public String toString() {
        return "<QuerySet " + query.meta.label() + ">";
    }

    /** What {@code getOrCreate}/{@code updateOrCreate} return: the object and whether it was created. */
    public record GetOrCreate<T>(T object, boolean created) {
    }
}
