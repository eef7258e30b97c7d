package dev.hotclub.db.models.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The tables a query joins, with Django's reuse rules: a join along a single-valued relation (a forward foreign
 * key) is shared by the whole query; a join along a multi-valued one (a reverse foreign key, a many-to-many) is
 * shared within one {@code filter()} call and made anew by the next, which is why
 * {@code filter(a__x=1).filter(a__y=2)} may match two different related rows and {@code filter(a__x=1, a__y=2)} one.
 * Every join is LEFT OUTER: a condition on the joined table then filters as an inner join would, and
 * {@code isnull}, OR and annotations see parents without children.
 */
final class Joins {
    /** Reuse any join: annotations, ordering and values() read the relations the filters joined. */
    static final Object ANY = new Object();

    record Join(String alias, String table, String parentAlias, String parentColumn, String column, String key,
                boolean multi, Object group) {
    }

    private final String prefix;
    private final List<Join> joins = new ArrayList<>();

    Joins(String prefix) {
        this.prefix = prefix;
    }

    String base() {
        return prefix + "0";
    }

    /** The alias of {@code table} joined on {@code table.column = parentAlias.parentColumn}, reused when the rules allow. */
    String join(String parentAlias, String key, String table, String parentColumn, String column, boolean multi, Object group) {
        for (Join join : joins) {
            if (join.parentAlias.equals(parentAlias) && join.key.equals(key)
                    && (!join.multi || group == ANY || join.group == ANY || Objects.equals(join.group, group))) {
                return join.alias;
            }
        }
        String alias = prefix + (joins.size() + 1);
        joins.add(new Join(alias, table, parentAlias, parentColumn, column, key, multi, group));
        return alias;
    }

    boolean any() {
        return !joins.isEmpty();
    }

    boolean anyMulti() {
        return joins.stream().anyMatch(Join::multi);
    }

    String sql() {
        StringBuilder sql = new StringBuilder();
        for (Join join : joins) {
            sql.append(" LEFT OUTER JOIN ").append(Sql.quote(join.table)).append(' ').append(join.alias).append(" ON ")
                    .append(join.alias).append('.').append(Sql.quote(join.column)).append(" = ")
                    .append(join.parentAlias).append('.').append(Sql.quote(join.parentColumn));
        }
        return sql.toString();
    }
}
