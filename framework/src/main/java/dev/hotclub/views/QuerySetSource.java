package dev.hotclub.views;

import dev.hotclub.db.models.QuerySet;
import java.util.List;

/** A query as the list views page through it: {@code COUNT(*)} for the count, {@code LIMIT}/{@code OFFSET} per page. */
final class QuerySetSource<T> implements ObjectSource<T> {
    private final QuerySet<T> query;
    private Integer count;

    QuerySetSource(QuerySet<T> query) {
        this.query = query;
    }

    @Override
    public int count() {
        if (count == null) {
            count = Math.toIntExact(query.count());
        }
        return count;
    }

    @Override
    public List<T> slice(int from, int to) {
        return from >= to ? List.of() : query.slice(from, to).list();
    }

    @Override
    public List<T> all() {
        return query.list();
    }
}
