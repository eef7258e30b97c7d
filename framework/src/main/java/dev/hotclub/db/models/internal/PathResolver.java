package dev.hotclub.db.models.internal;

import dev.hotclub.db.models.FieldError;
import dev.hotclub.db.models.FieldKind;
import dev.hotclub.db.models.FieldMeta;
import dev.hotclub.db.models.ModelMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Walks a lookup path ({@code "choice__question__pubDate__year__gte"}) from a model through its relations, joining
 * what it crosses, to a column and the lookups left to apply. A name that is neither a field, a reverse relation
 * nor an annotation is Django's {@code FieldError} listing the choices.
 */
final class PathResolver {
    static final Set<String> LOOKUPS = Set.of("exact", "iexact", "contains", "icontains", "startswith", "istartswith",
            "endswith", "iendswith", "in", "gt", "gte", "lt", "lte", "range", "isnull", "regex", "iregex");
    static final Set<String> TRANSFORMS = Set.of("year", "month", "day", "week_day", "weekDay", "date", "hour", "minute",
            "second", "quarter");

    /** Where a path ends: the SQL of its column, the field (null for a computed one) and the lookups after it. */
    record Resolved(String sql, FieldMeta field, List<String> rest, boolean multi, ModelMeta model) {
    }

    private final Joins joins;

    PathResolver(Joins joins) {
        this.joins = joins;
    }

    Resolved resolve(ModelMeta meta, String path, Object group, Set<String> annotations) {
        List<String> parts = LookupParts.of(path);
        ModelMeta current = meta;
        String alias = joins.base();
        boolean multi = false;
        for (int i = 0; i < parts.size(); i++) {
            String name = parts.get(i).equals("pk") ? "id" : parts.get(i);
            List<String> rest = parts.subList(i + 1, parts.size());
            String next = rest.isEmpty() ? null : rest.get(0);
            FieldMeta field = current.field(name).orElse(null);
            if (field != null && field.concrete() && !field.isRelation()) {
                return new Resolved(alias + "." + Sql.quote(field.column()), field, rest, multi, current);
            }
            if (field != null && field.isRelation()) {
                ModelMeta target = ModelMeta.of(field.relatedModel());
                if (next == null || next.equals("id") || next.equals("pk") || !traversable(target, next)) {
                    List<String> after = next != null && (next.equals("id") || next.equals("pk")) ? rest.subList(1, rest.size()) : rest;
                    return new Resolved(alias + "." + Sql.quote(field.column()), field, after, multi, current);
                }
                alias = joins.join(alias, "fk:" + field.name(), target.dbTable(), field.column(), "id", false, group);
                current = target;
                continue;
            }
            if (field != null) {
                M2mColumns m2m = M2mColumns.of(current, field);
                ModelMeta target = ModelMeta.of(field.relatedModel());
                String middle = joins.join(alias, "m2m:" + field.name(), m2m.table(), "id", m2m.sourceColumn(), true, group);
                multi = true;
                if (next == null || next.equals("id") || next.equals("pk") || !traversable(target, next)) {
                    List<String> after = next != null && (next.equals("id") || next.equals("pk")) ? rest.subList(1, rest.size()) : rest;
                    return new Resolved(middle + "." + Sql.quote(m2m.targetColumn()), target.pk(), after, true, target);
                }
                alias = joins.join(middle, "m2m-target", target.dbTable(), m2m.targetColumn(), "id", false, group);
                current = target;
                continue;
            }
            ModelMeta.Reverse reverse = reverse(current, name);
            if (reverse != null) {
                ModelMeta from = ModelMeta.of(reverse.fromModel());
                if (reverse.field().kind() == FieldKind.MANY_TO_MANY) {
                    M2mColumns m2m = M2mColumns.of(from, reverse.field());
                    String middle = joins.join(alias, "rm2m:" + from.label() + "." + reverse.field().name(), m2m.table(),
                            "id", m2m.targetColumn(), true, group);
                    alias = joins.join(middle, "rm2m-source", from.dbTable(), m2m.sourceColumn(), "id", false, group);
                    multi = true;
                } else {
                    alias = joins.join(alias, "rev:" + from.label() + "." + reverse.field().name(), from.dbTable(), "id",
                            reverse.field().column(), reverse.multiValued(), group);
                    multi |= reverse.multiValued();
                }
                current = from;
                if (next == null || !traversable(from, next)) {
                    return new Resolved(alias + "." + Sql.quote("id"), from.pk(), rest, multi, from);
                }
                continue;
            }
            throw new FieldError("Cannot resolve keyword '" + parts.get(i) + "' into field. Choices are: "
                    + String.join(", ", choices(current, i == 0 ? annotations : Set.of())));
        }
        throw new FieldError("Cannot resolve the empty lookup '" + path + "'.");
    }

    private static boolean traversable(ModelMeta target, String next) {
        return target.field(next).isPresent() || reverse(target, next) != null;
    }

    static ModelMeta.Reverse reverse(ModelMeta meta, String queryName) {
        for (ModelMeta.Reverse r : meta.reverseRelations()) {
            if (r.queryName().equals(queryName)) {
                return r;
            }
        }
        return null;
    }

    /** Django sorts the choices: fields, reverse relations and annotations together. */
    static List<String> choices(ModelMeta meta, Set<String> annotations) {
        Set<String> names = new TreeSet<>();
        meta.fields().forEach(f -> names.add(f.name()));
        meta.reverseRelations().forEach(r -> names.add(r.queryName()));
        names.addAll(annotations);
        return new ArrayList<>(names);
    }
}
