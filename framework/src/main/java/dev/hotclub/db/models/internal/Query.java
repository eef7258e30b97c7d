package dev.hotclub.db.models.internal;

import dev.hotclub.db.DatabaseSettings;
import dev.hotclub.db.models.Expression;
import dev.hotclub.db.models.ModelMeta;
import dev.hotclub.db.models.Q;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a QuerySet asks for, before any SQL: built by copying (a QuerySet never changes once made), compiled by
 * {@link SqlCompiler} when it is evaluated. A field that changes the SELECT's text belongs in {@link SelectCache}'s
 * key too (or makes the query one the cache does not keep).
 */
public final class Query {
    /** What each row becomes. */
    public enum Shape { MODEL, VALUES, VALUES_LIST, FLAT }

    /** One {@code filter()}/{@code exclude()} call; {@code group} scopes its multi-valued joins. */
    public record Filter(Q q, boolean exclude, int group) {
    }

    public final ModelMeta meta;
    public String using = DatabaseSettings.DEFAULT;
    public List<Filter> filters = new ArrayList<>();
    /** Strings ({@code "-pubDate"}, {@code "?"}) and {@code OrderBy}; null means the model's Meta.ordering. */
    public List<Object> ordering;
    public Integer offset;
    public Integer limit;
    public boolean distinct;
    public List<String> selectRelated = new ArrayList<>();
    public List<String> prefetch = new ArrayList<>();
    public Map<String, Expression> annotations = new LinkedHashMap<>();
    public Shape shape = Shape.MODEL;
    public List<String> valueFields = List.of();
    public boolean none;
    public boolean forUpdate;
    public List<Query> unions = new ArrayList<>();
    /**
     * Django's {@code deferred_loading}: the names given to {@code only()} ({@code loadingOnly} true) or to
     * {@code defer()} (false); empty loads every column. Part of the SELECT's shape.
     */
    public Set<String> loadingNames = Set.of();
    public boolean loadingOnly;
    private int groups;

    public Query(ModelMeta meta) {
        this.meta = meta;
    }

    public Query copy() {
        Query q = new Query(meta);
        q.using = using;
        q.filters = new ArrayList<>(filters);
        q.ordering = ordering == null ? null : new ArrayList<>(ordering);
        q.offset = offset;
        q.limit = limit;
        q.distinct = distinct;
        q.selectRelated = new ArrayList<>(selectRelated);
        q.prefetch = new ArrayList<>(prefetch);
        q.annotations = new LinkedHashMap<>(annotations);
        q.shape = shape;
        q.valueFields = valueFields;
        q.none = none;
        q.forUpdate = forUpdate;
        q.unions = new ArrayList<>(unions);
        q.loadingNames = loadingNames;
        q.loadingOnly = loadingOnly;
        q.groups = groups;
        return q;
    }

    public void addFilter(Q q, boolean exclude) {
        filters.add(new Filter(q, exclude, ++groups));
    }

    public boolean sliced() {
        return offset != null || limit != null;
    }
}
