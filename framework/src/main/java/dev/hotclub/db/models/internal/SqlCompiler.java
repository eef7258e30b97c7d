package dev.hotclub.db.models.internal;

import dev.hotclub.db.Vendor;
import dev.hotclub.db.models.Aggregate;
import dev.hotclub.db.models.Avg;
import dev.hotclub.db.models.Count;
import dev.hotclub.db.models.Expression;
import dev.hotclub.db.models.F;
import dev.hotclub.db.models.FieldError;
import dev.hotclub.db.models.FieldKind;
import dev.hotclub.db.models.FieldMeta;
import dev.hotclub.db.models.ModelMeta;
import dev.hotclub.db.models.OrderBy;
import dev.hotclub.db.models.Q;
import dev.hotclub.db.models.Sum;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a {@link Query} into SQL for one backend. Identifiers come only from model metadata; every value is a
 * bound parameter. Joins are added as the filters, annotations and ordering name relations, so the FROM clause is
 * written last and the parameters of each clause are kept apart and put together in the statement's order.
 */
public final class SqlCompiler {
    /** How to read the columns of a result row. */
    public sealed interface Column permits ModelColumns, ValueColumn {
    }

    /**
     * The loaded fields of {@code meta} (its concrete fields but those only()/defer() leave out), in order;
     * {@code path} is empty for the queried model, else the selectRelated path.
     */
    public record ModelColumns(ModelMeta meta, List<String> path, List<FieldMeta> fields) implements Column {
    }

    /** One computed or named value: decoded as {@code field} when known, else as the driver returns it. */
    public record ValueColumn(String name, FieldMeta field, Expression expression) implements Column {
    }

    public record Select(Sql sql, List<Column> columns) {
    }

    private final Query query;
    private final Vendor vendor;
    private final Joins joins;
    private final PathResolver resolver;
    private boolean usedAggregate;

    public SqlCompiler(Query query, Vendor vendor) {
        this(query, vendor, "t");
    }

    private SqlCompiler(Query query, Vendor vendor, String aliasPrefix) {
        this.query = query;
        this.vendor = vendor;
        this.joins = new Joins(aliasPrefix);
        this.resolver = new PathResolver(joins);
    }

    // ---- SELECT -------------------------------------------------------------------------------------------------

    public Select select() {
        List<Object> selectParams = new ArrayList<>();
        List<Column> columns = new ArrayList<>();
        List<String> selected = new ArrayList<>();
        List<String> groupBy = new ArrayList<>();
        boolean aggregates = query.annotations.values().stream().anyMatch(SqlCompiler::hasAggregate);
        String base = joins.base();
        if (query.shape == Query.Shape.MODEL) {
            if (!query.loadingNames.isEmpty()) {
                DeferredLoading.check(query);
            }
            List<FieldMeta> loaded = DeferredLoading.fields(query, query.meta, List.of());
            for (FieldMeta f : loaded) {
                selected.add(base + "." + Sql.quote(f.column()));
            }
            columns.add(new ModelColumns(query.meta, List.of(), loaded));
            for (String path : query.selectRelated) {
                ModelMeta current = query.meta;
                String alias = base;
                List<String> walked = new ArrayList<>();
                for (String name : LookupParts.of(path)) {
                    ModelMeta from = current;
                    FieldMeta fk = current.field(name).filter(FieldMeta::isRelation).orElseThrow(() -> new FieldError(
                            LookupNames.invalidSelectRelated(name, from.fields().stream().filter(FieldMeta::isRelation).map(FieldMeta::name).toList())));
                    ModelMeta target = ModelMeta.of(fk.relatedModel());
                    alias = joins.join(alias, "fk:" + fk.name(), target.dbTable(), fk.column(), target.pk().column(), false, Joins.ANY);
                    walked.add(name);
                    if (!query.selectRelated.contains(String.join("__", walked)) || String.join("__", walked).equals(path)) {
                        List<FieldMeta> targetFields = DeferredLoading.fields(query, target, walked);
                        for (FieldMeta f : targetFields) {
                            selected.add(alias + "." + Sql.quote(f.column()));
                        }
                        columns.add(new ModelColumns(target, List.copyOf(walked), targetFields));
                    }
                    current = target;
                }
            }
            groupBy.addAll(selected);
        } else {
            List<String> names = query.valueFields.isEmpty()
                    ? query.meta.concreteFields().stream().map(FieldMeta::name).toList() : query.valueFields;
            for (String name : names) {
                if (query.annotations.containsKey(name)) {
                    continue;
                }
                PathResolver.Resolved r = resolver.resolve(query.meta, name, Joins.ANY, query.annotations.keySet());
                if (!r.rest().isEmpty() && r.field() != null && r.field().kind() == FieldKind.JSON && !aggregates) {
                    // values("data__owner__name"): the key's JSON, read as a Java value (an F column of a JSONField)
                    selected.add(JsonLookups.keyJson(r.sql(), r.rest(), vendor, selectParams));
                    columns.add(new ValueColumn(name, r.field(), F.of(name)));
                    continue;
                }
                if (!r.rest().isEmpty()) {
                    throw new FieldError(LookupNames.notAFieldInValues(name));
                }
                selected.add(r.sql());
                groupBy.add(r.sql());
                columns.add(new ValueColumn(name, r.field(), null));
            }
        }
        for (Map.Entry<String, Expression> a : query.annotations.entrySet()) {
            if (query.shape != Query.Shape.MODEL && !query.valueFields.isEmpty() && !query.valueFields.contains(a.getKey())) {
                continue;
            }
            selected.add(expression(a.getValue(), Joins.ANY, selectParams, false) + " AS " + Sql.quote(a.getKey()));
            columns.add(new ValueColumn(a.getKey(), outputField(a.getValue()), a.getValue()));
        }
        Where where = where();
        List<Object> orderParams = new ArrayList<>();
        String orderBy = orderBy(orderParams);
        StringBuilder sql = new StringBuilder("SELECT ");
        if (query.distinct) {
            sql.append("DISTINCT ");
        }
        sql.append(String.join(", ", selected)).append(from()).append(where.whereSql());
        if (aggregates || !where.having.isEmpty()) {
            sql.append(" GROUP BY ").append(String.join(", ", groupBy));
        }
        sql.append(where.havingSql()).append(orderBy).append(limits());
        if (query.forUpdate && vendor == Vendor.POSTGRESQL) {
            sql.append(" FOR UPDATE");
        }
        List<Object> params = new ArrayList<>(selectParams);
        params.addAll(where.whereParams);
        params.addAll(where.havingParams);
        params.addAll(orderParams);
        return new Select(new Sql(sql.toString(), params), columns);
    }

    /** {@code SELECT COUNT(*)}, over a subquery when the rows are distinct, sliced or grouped. */
    public Sql count() {
        boolean grouped = query.annotations.values().stream().anyMatch(SqlCompiler::hasAggregate);
        if (query.distinct || query.sliced() || grouped || !query.unions.isEmpty()) {
            Query inner = query.copy();
            inner.ordering = List.of();
            Sql sub = query.unions.isEmpty() ? new SqlCompiler(inner, vendor).select().sql() : new SqlCompiler(inner, vendor).union();
            return new Sql("SELECT COUNT(*) FROM (" + sub.text() + ") subquery", sub.params());
        }
        Where where = where();
        List<Object> params = new ArrayList<>(where.whereParams);
        return new Sql("SELECT COUNT(*)" + from() + where.whereSql(), params);
    }

    public Sql exists() {
        Where where = where();
        return new Sql("SELECT 1 AS " + Sql.quote("a") + from() + where.whereSql() + " LIMIT 1", where.whereParams);
    }

    /** {@code SELECT SUM(..) AS "votes__sum", ...} over the filtered rows. */
    public Sql aggregate(Map<String, Aggregate> aggregates) {
        if (query.sliced() || query.distinct) {
            // Django aggregates over the rows of the subquery: here, the rows whose ids the sliced/distinct query selects.
            Sql ids = new SqlCompiler(query, vendor).pks();
            Query outer = new Query(query.meta);
            outer.using = query.using;
            outer.annotations = query.annotations;
            SqlCompiler compiler = new SqlCompiler(outer, vendor);
            List<Object> selectParams = new ArrayList<>();
            List<String> parts = new ArrayList<>();
            aggregates.forEach((alias, aggregate) ->
                    parts.add(compiler.expression(aggregate, Joins.ANY, selectParams, false) + " AS " + Sql.quote(alias)));
            List<Object> params = new ArrayList<>(selectParams);
            params.addAll(ids.params());
            return new Sql("SELECT " + String.join(", ", parts) + compiler.from() + " WHERE " + compiler.joins.base() + "."
                    + pkColumn() + " IN (SELECT * FROM (" + ids.text() + ") ids)", params);
        }
        List<Object> selectParams = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        aggregates.forEach((alias, aggregate) ->
                parts.add(expression(aggregate, Joins.ANY, selectParams, false) + " AS " + Sql.quote(alias)));
        Where where = where();
        List<Object> params = new ArrayList<>(selectParams);
        params.addAll(where.whereParams);
        return new Sql("SELECT " + String.join(", ", parts) + from() + where.whereSql(), params);
    }

    /** The primary keys of the matched rows (what {@code delete()} and {@code update()} across joins act on). */
    public Sql pks() {
        Where where = where();
        List<Object> params = new ArrayList<>(where.whereParams);
        // A slice keeps the rows its ordering puts first; DISTINCT cannot be ordered by what it does not select.
        String orderBy = query.sliced() && !joins.anyMulti() ? orderBy(params) : "";
        boolean distinct = joins.anyMulti() || query.distinct;
        return new Sql("SELECT " + (distinct ? "DISTINCT " : "") + joins.base() + "." + pkColumn() + from()
                + where.whereSql() + orderBy + limits(), params);
    }

    /** {@code UPDATE ... SET col = value or expression}; returns the number of rows matched. */
    public Sql update(Map<String, Object> values) {
        List<Object> setParams = new ArrayList<>();
        List<String> sets = new ArrayList<>();
        for (Map.Entry<String, Object> e : values.entrySet()) {
            FieldMeta field = query.meta.field(e.getKey()).filter(FieldMeta::concrete).orElseThrow(() -> new FieldError(
                    LookupNames.cannotUpdate(e.getKey(), query.meta.concreteFields().stream().map(FieldMeta::name).toList())));
            String value;
            if (e.getValue() instanceof Expression expression) {
                boolean hadJoins = joins.any();
                value = expression(expression, Joins.ANY, setParams, false);
                if (!hadJoins && joins.any()) {
                    throw new FieldError("Joined field references are not permitted in this query (update of " + e.getKey() + ").");
                }
            } else {
                value = LookupSql.bind(setParams, field, e.getValue(), vendor);
            }
            sets.add(Sql.quote(field.column()) + " = " + value);
        }
        List<Object> params = new ArrayList<>(setParams);
        String table = Sql.quote(query.meta.dbTable());
        Query filtersOnly = query.copy();
        filtersOnly.ordering = List.of();
        SqlCompiler inner = new SqlCompiler(filtersOnly, vendor);
        Sql matched = inner.pks();
        String whereSql;
        if (inner.joins.any() || query.sliced()) {
            whereSql = " WHERE " + joins.base() + "." + pkColumn() + " IN (" + matched.text() + ")";
            params.addAll(matched.params());
        } else {
            Where where = where();
            whereSql = where.whereSql();
            params.addAll(where.whereParams);
        }
        return new Sql("UPDATE " + table + " AS " + joins.base() + " SET " + String.join(", ", sets) + whereSql, params);
    }

    /** The model's rows joined by UNION (ALL when {@code all}) with the other querysets'. */
    public Sql union() {
        List<Object> params = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        Query head = query.copy();
        head.unions = new ArrayList<>();
        head.ordering = List.of();
        List<Query> all = new ArrayList<>();
        all.add(head);
        all.addAll(query.unions);
        for (Query q : all) {
            Sql part = new SqlCompiler(q, vendor).select().sql();
            parts.add(vendor == Vendor.SQLITE ? "SELECT * FROM (" + part.text() + ")" : "(" + part.text() + ")");
            params.addAll(part.params());
        }
        return new Sql(String.join(" UNION ", parts), params);
    }

    // ---- clauses -------------------------------------------------------------------------------------------------

    private String pkColumn() {
        return Sql.quote(query.meta.pk().column());
    }

    private String from() {
        return " FROM " + Sql.quote(query.meta.dbTable()) + " " + joins.base() + joins.sql();
    }

    private String limits() {
        if (query.limit == null && query.offset == null) {
            return "";
        }
        String limit = query.limit != null ? " LIMIT " + query.limit : vendor == Vendor.SQLITE ? " LIMIT -1" : "";
        return limit + (query.offset != null && query.offset > 0 ? " OFFSET " + query.offset : "");
    }

    private String orderBy(List<Object> params) {
        List<Object> terms = query.ordering != null ? query.ordering : new ArrayList<>(query.meta.ordering());
        List<String> sql = new ArrayList<>();
        for (Object term : terms) {
            if ("?".equals(term)) {
                sql.add("RANDOM()");
                continue;
            }
            OrderBy order = term instanceof OrderBy o ? o : term instanceof String s
                    ? (s.startsWith("-") ? F.of(s.substring(1)).desc() : F.of(s).asc())
                    : null;
            if (order == null) {
                throw new FieldError("orderBy takes field names and F(...).asc()/desc(), not " + term + ".");
            }
            String expr = expression(order.expression(), Joins.ANY, params, false);
            String nulls = order.nulls() == null ? "" : order.nulls() ? " NULLS FIRST" : " NULLS LAST";
            sql.add(expr + (order.descending() ? " DESC" : " ASC") + nulls);
        }
        return sql.isEmpty() ? "" : " ORDER BY " + String.join(", ", sql);
    }

    private record Where(List<String> where, List<Object> whereParams, List<String> having, List<Object> havingParams) {
        String whereSql() {
            return where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        }

        String havingSql() {
            return having.isEmpty() ? "" : " HAVING " + String.join(" AND ", having);
        }
    }

    private Where where() {
        Where w = new Where(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        if (query.none) {
            w.where.add("1 = 0");
        }
        for (Query.Filter filter : query.filters) {
            usedAggregate = false;
            List<Object> params = new ArrayList<>();
            Q q = filter.exclude() ? filter.q().not() : filter.q();
            String sql = q(q, filter.group(), params);
            (usedAggregate ? w.having : w.where).add(sql);
            (usedAggregate ? w.havingParams : w.whereParams).addAll(params);
        }
        return w;
    }

    private String q(Q q, int group, List<Object> params) {
        if (q.isNegated()) {
            Q inner = (Q) q.children().get(0);
            // NOT across a multi-valued relation means "no related row matches": a subquery on the primary key, as
            // Django's split_exclude. Otherwise NOT over a condition that is NULL keeps the row (Django's
            // exclude(editor__name='X') keeps rows without an editor).
            SqlCompiler sub = new SqlCompiler(onlyFilter(inner), vendor, "u" + group + "_");
            List<Object> subParams = new ArrayList<>();
            String subSql = sub.q(inner, group, subParams);
            if (sub.joins.anyMulti() && !sub.usedAggregate) {
                params.addAll(subParams);
                return "NOT (" + joins.base() + "." + pkColumn() + " IN (SELECT " + sub.joins.base() + "."
                        + pkColumn() + sub.from() + " WHERE " + subSql + "))";
            }
            return "NOT COALESCE(" + q(inner, group, params) + ", " + (vendor == Vendor.SQLITE ? "0" : "FALSE") + ")";
        }
        List<String> parts = new ArrayList<>();
        for (Object child : q.children()) {
            if (child instanceof Q.Condition c) {
                parts.add(condition(c, group, params));
            } else {
                parts.add(q((Q) child, group, params));
            }
        }
        if (parts.isEmpty()) {
            return "1 = 1";
        }
        return parts.size() == 1 ? parts.get(0) : "(" + String.join(q.isOr() ? " OR " : " AND ", parts) + ")";
    }

    private Query onlyFilter(Q q) {
        Query sub = new Query(query.meta);
        sub.annotations = query.annotations;
        return sub;
    }

    private String condition(Q.Condition c, int group, List<Object> params) {
        List<String> parts = LookupParts.of(c.lookup());
        String first = parts.get(0);
        PathResolver.Resolved resolved;
        if (query.annotations.containsKey(first)) {
            Expression annotation = query.annotations.get(first);
            resolved = new PathResolver.Resolved(expression(annotation, Joins.ANY, params, false), outputField(annotation),
                    parts.subList(1, parts.size()), false, query.meta);
            usedAggregate |= hasAggregate(annotation);
        } else {
            resolved = resolver.resolve(query.meta, c.lookup(), group, query.annotations.keySet());
        }
        return LookupSql.condition(resolved, c.value(), vendor, params, e -> expression(e, group, params, false));
    }

    // ---- expressions ----------------------------------------------------------------------------------------------

    private String expression(Expression e, Object group, List<Object> params, boolean insideAggregate) {
        if (e instanceof F f) {
            if (query.annotations.containsKey(f.name()) && !insideAggregate) {
                usedAggregate |= hasAggregate(query.annotations.get(f.name()));
                return expression(query.annotations.get(f.name()), group, params, false);
            }
            PathResolver.Resolved r = resolver.resolve(query.meta, f.name(), group, query.annotations.keySet());
            if (!r.rest().isEmpty() && r.field() != null && r.field().kind() == FieldKind.JSON) {
                return JsonLookups.keyValue(r.sql(), r.rest(), vendor, params);     // orderBy("data__age")
            }
            if (!r.rest().isEmpty()) {
                throw new FieldError(LookupNames.notAFieldInExpression(r.rest().get(0), f.name()));
            }
            return r.sql();
        }
        if (e instanceof F.Combined c) {
            String right = c.right() instanceof Expression r ? expression(r, group, params, insideAggregate)
                    : LookupSql.bind(params, null, c.right(), vendor);
            return "(" + expression(c.left(), group, params, insideAggregate) + " " + c.operator() + " " + right + ")";
        }
        if (e instanceof Aggregate a) {
            if (a.field().equals("*")) {
                return "COUNT(*)";
            }
            String inner = expression(F.of(a.field()), group, params, true);
            if (a instanceof Avg && vendor == Vendor.POSTGRESQL) {
                inner = inner + "::double precision";
            }
            return a.function() + "(" + (a.distinct() ? "DISTINCT " : "") + inner + ")";
        }
        throw new FieldError("Unsupported expression " + e + ".");
    }

    static boolean hasAggregate(Expression e) {
        if (e instanceof Aggregate) {
            return true;
        }
        if (e instanceof F.Combined c) {
            return hasAggregate(c.left()) || (c.right() instanceof Expression r && hasAggregate(r));
        }
        return false;
    }

    /** The field an expression's value is decoded as: Max/Min/Sum of a date or decimal keep its type. */
    private FieldMeta outputField(Expression e) {
        if (e instanceof Count || e instanceof Avg) {
            return null;
        }
        String path = e instanceof Aggregate a ? a.field() : e instanceof F f ? f.name() : null;
        if (path == null || query.annotations.containsKey(path)) {
            return null;
        }
        FieldMeta field = new PathResolver(new Joins("x")).resolve(query.meta, path, Joins.ANY, query.annotations.keySet()).field();
        if (field == null || (e instanceof Sum && field.kind() != FieldKind.DECIMAL && field.kind() != FieldKind.DURATION)) {
            return null;
        }
        return field.isRelation() ? null : field;
    }
}
