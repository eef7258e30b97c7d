package dev.hotclub.db.models.internal;

import dev.hotclub.db.models.FieldError;
import dev.hotclub.db.models.FieldKind;
import dev.hotclub.db.models.FieldMeta;
import dev.hotclub.db.models.ModelMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Walks a lookup path ({@code "choice__question__pubDate__year__gte"}) from a model through its relations, joining
 * what it crosses, to a column and the lookups left to apply. A name that is neither a field, a reverse relation
 * nor an annotation is Django's {@code FieldError} listing the choices.
 */
final class PathResolver {

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
            String name = parts.get(i).equals("pk") ? current.pk().name() : parts.get(i);
            List<String> rest = parts.subList(i + 1, parts.size());
            String next = rest.isEmpty() ? null : rest.get(0);
            FieldMeta field = current.field(name).orElse(null);
            if (field != null && field.concrete() && !field.isRelation()) {
                return new Resolved(alias + "." + Sql.quote(field.column()), field, rest, multi, current);
            }
            if (field != null && field.isRelation()) {
                ModelMeta target = ModelMeta.of(field.relatedModel());
                if (next == null || isKey(target, next) || !traversable(target, next)) {
                    unknownAcross(target, next);
                    List<String> after = next != null && isKey(target, next) ? rest.subList(1, rest.size()) : rest;
                    return new Resolved(alias + "." + Sql.quote(field.column()), field, after, multi, current);
                }
                alias = joins.join(alias, "fk:" + field.name(), target.dbTable(), field.column(), target.pk().column(), false, group);
                current = target;
                continue;
            }
            if (field != null) {
                M2mColumns m2m = M2mColumns.of(current, field);
                ModelMeta target = ModelMeta.of(field.relatedModel());
                String middle = joins.join(alias, "m2m:" + field.name(), m2m.table(), current.pk().column(), m2m.sourceColumn(), true, group);
                multi = true;
                if (next == null || isKey(target, next) || !traversable(target, next)) {
                    unknownAcross(target, next);
                    List<String> after = next != null && isKey(target, next) ? rest.subList(1, rest.size()) : rest;
                    return new Resolved(middle + "." + Sql.quote(m2m.targetColumn()), target.pk(), after, true, target);
                }
                alias = joins.join(middle, "m2m-target", target.dbTable(), m2m.targetColumn(), target.pk().column(), false, group);
                current = target;
                continue;
            }
            ModelMeta.Reverse reverse = reverse(current, name);
            if (reverse != null) {
                ModelMeta from = ModelMeta.of(reverse.fromModel());
                if (reverse.field().kind() == FieldKind.MANY_TO_MANY) {
                    M2mColumns m2m = M2mColumns.of(from, reverse.field());
                    String middle = joins.join(alias, "rm2m:" + from.label() + "." + reverse.field().name(), m2m.table(),
                            current.pk().column(), m2m.targetColumn(), true, group);
                    alias = joins.join(middle, "rm2m-source", from.dbTable(), m2m.sourceColumn(), from.pk().column(), false, group);
                    multi = true;
                } else {
                    alias = joins.join(alias, "rev:" + from.label() + "." + reverse.field().name(), from.dbTable(),
                            current.pk().column(), reverse.field().column(), reverse.multiValued(), group);
                    multi |= reverse.multiValued();
                }
                current = from;
                if (next == null || isKey(from, next) || !traversable(from, next)) {
                    unknownAcross(from, next);
                    List<String> after = next != null && isKey(from, next) ? rest.subList(1, rest.size()) : rest;
                    return new Resolved(alias + "." + Sql.quote(from.pk().column()), from.pk(), after, multi, from);
                }
                continue;
            }
            throw new FieldError(LookupNames.cannotResolve(parts.get(i), choices(current, i == 0 ? annotations : Set.of())));
        }
        throw new FieldError("Cannot resolve the empty lookup '" + path + "'.");
    }

    /**
     * After a relation, a name that is neither the target's field nor a lookup is a misspelt field of the target:
     * say so with the target's choices (Django says "Related Field got invalid lookup", which names no field).
     */
    private static void unknownAcross(ModelMeta target, String next) {
        if (next != null && !isKey(target, next) && !LookupNames.LOOKUPS.contains(next)
                && !LookupNames.TRANSFORMS.contains(next)) {
            throw new FieldError(LookupNames.cannotResolve(next, choices(target, Set.of())));
        }
    }

    /** {@code pk}, or the target's key by its name ({@code question__id}, {@code country__code}): read from the key column. */
    private static boolean isKey(ModelMeta target, String next) {
        return next.equals("pk") || next.equals(target.pk().name());
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
        return LookupNames.choices(meta.fields().stream().map(FieldMeta::name).toList(),
                meta.reverseRelations().stream().map(ModelMeta.Reverse::queryName).toList(), annotations);
    }
}
