package dev.hotclub.db.models.compiler.internal;

import dev.hotclub.db.models.FieldKind;
import dev.hotclub.db.models.internal.LookupNames;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Resolves a literal lookup path against model shapes as the ORM resolves it against model metadata when the
 * query runs (PathResolver, LookupSql, SqlCompiler, Prefetcher), and says what the ORM would say when it cannot.
 * A name that may be an annotation this check cannot see is accepted: the ORM checks it when the query is built.
 */
final class LookupPath {
    /** Where the path is written, which decides what may follow its fields. */
    enum Use {
        /** filter, exclude, get, Q: transforms then one lookup. */
        FILTER,
        /** F, aggregates, orderBy: a field, nothing after it. */
        EXPRESSION,
        /** values, valuesList: a field, nothing after it. */
        VALUES
    }

    private static final Set<FieldKind> DATES = Set.of(FieldKind.DATE, FieldKind.DATE_TIME, FieldKind.TIME);

    private final ModelShapes shapes;

    LookupPath(ModelShapes shapes) {
        this.shapes = shapes;
    }

    /**
     * The ORM's message for {@code path} on {@code model}, or null when it resolves (or cannot be judged here).
     * {@code annotations} are those of the query so far; null when they cannot be seen (a query passed in).
     */
    String check(ModelShape model, String path, Use use, Set<String> annotations) {
        List<String> parts = Arrays.asList(path.split("__", -1));
        ModelShape current = model;
        if (annotations == null ? !knownFirst(model, parts.get(0)) : annotations.contains(parts.get(0))) {
            return null;
        }
        for (int i = 0; i < parts.size(); i++) {
            String name = parts.get(i).equals("pk") ? current.pkName() : parts.get(i);
            List<String> rest = parts.subList(i + 1, parts.size());
            String next = rest.isEmpty() ? null : rest.get(0);
            ModelShape.Field field = current.field(name).orElse(null);
            if (field != null && !field.relation()) {
                return tail(path, rest, field.kind(), use);
            }
            if (field != null) {
                ModelShape target = shapes.of(field.target());
                if (target == null) {
                    return null;
                }
                if (next == null || target.isKey(next) || !traversable(target, next)) {
                    String unknown = unknownAcross(target, next);
                    if (unknown != null) {
                        return unknown;
                    }
                    List<String> after = next != null && target.isKey(next) ? rest.subList(1, rest.size()) : rest;
                    return tail(path, after, field.kind().isRelation() ? field.kind() : FieldKind.BIG_AUTO, use);
                }
                current = target;
                continue;
            }
            ModelShape.Reverse reverse = current.reverse(name).orElse(null);
            if (reverse != null) {
                ModelShape from = shapes.of(reverse.from());
                if (from == null) {
                    return null;
                }
                current = from;
                if (next == null || !traversable(from, next)) {
                    String unknown = unknownAcross(from, next);
                    return unknown != null ? unknown : tail(path, rest, FieldKind.BIG_AUTO, use);
                }
                continue;
            }
            return LookupNames.cannotResolve(parts.get(i), current.choices(i == 0 && annotations != null ? annotations : Set.of()));
        }
        return LookupNames.cannotResolve(path, model.choices(Set.of()));
    }

    /** prefetchRelated's names: a relation, a many-to-many field or a reverse relation's accessor. */
    String checkPrefetch(ModelShape model, String name) {
        List<String> names = new ArrayList<>();
        model.fields().stream().filter(ModelShape.Field::relation).forEach(f -> names.add(f.name()));
        model.reverses().stream().filter(r -> !r.manyToMany()).forEach(r -> names.add(r.accessorName()));
        return names.contains(name) ? null : LookupNames.invalidPrefetch(name, model.objectName(), names.stream().sorted().toList());
    }

    /** selectRelated's paths: foreign keys and one-to-ones, each of the model the previous one reached. */
    String checkSelectRelated(ModelShape model, String path) {
        ModelShape current = model;
        for (String name : path.split("__", -1)) {
            ModelShape.Field field = current.field(name).filter(f -> f.kind().isRelation()).orElse(null);
            if (field == null) {
                return LookupNames.invalidSelectRelated(name, current.fields().stream()
                        .filter(f -> f.kind().isRelation()).map(ModelShape.Field::name).toList());
            }
            current = shapes.of(field.target());
            if (current == null) {
                return null;
            }
        }
        return null;
    }

    /** only()/defer()'s names: the model's fields, after foreign keys and one-to-ones ({@code question__questionText}). */
    String checkDeferred(ModelShape model, String path) {
        ModelShape current = model;
        String[] parts = path.split("__", -1);
        for (int i = 0; i < parts.length; i++) {
            String name = parts[i].equals("pk") ? current.pkName() : parts[i];
            ModelShape.Field field = current.field(name).orElse(null);
            if (field == null) {
                return LookupNames.noFieldNamed(current.objectName(), parts[i]);
            }
            if (i < parts.length - 1) {
                if (!field.kind().isRelation()) {
                    return LookupNames.deferredPathNotARelation(current.objectName(), field.name(), field.kind().djangoName(), path);
                }
                current = shapes.of(field.target());
                if (current == null) {
                    return null;
                }
            }
        }
        return null;
    }

    /** update's names: the model's own columns (foreign keys included, many-to-many not). */
    String checkUpdate(ModelShape model, String name) {
        if (name.equals("pk") || model.field(name).filter(f -> f.kind() != FieldKind.MANY_TO_MANY).isPresent()) {
            return null;
        }
        return LookupNames.cannotUpdate(name, model.fields().stream().filter(f -> f.kind() != FieldKind.MANY_TO_MANY)
                .map(ModelShape.Field::name).toList());
    }

    /** With unseen annotations, only a first name that is the model's own can be followed. */
    private static boolean knownFirst(ModelShape model, String first) {
        return model.field(first.equals("pk") ? model.pkName() : first).isPresent() || model.reverse(first).isPresent();
    }

    private static boolean traversable(ModelShape target, String next) {
        return target.field(next).isPresent() || target.reverse(next).isPresent();
    }

    private static String unknownAcross(ModelShape target, String next) {
        if (next != null && !target.isKey(next) && !LookupNames.LOOKUPS.contains(next)
                && !LookupNames.TRANSFORMS.contains(next)) {
            return LookupNames.cannotResolve(next, target.choices(Set.of()));
        }
        return null;
    }

    private static String tail(String path, List<String> rest, FieldKind kind, Use use) {
        if (kind == FieldKind.JSON) {
            return null;            // after a JSONField come its keys (data__owner__name), any name
        }
        if (use == Use.VALUES) {
            return rest.isEmpty() ? null : LookupNames.notAFieldInValues(path);
        }
        if (use == Use.EXPRESSION) {
            return rest.isEmpty() ? null : LookupNames.notAFieldInExpression(rest.get(0), path);
        }
        int i = 0;
        while (i < rest.size() && LookupNames.TRANSFORMS.contains(rest.get(i))) {
            if (!DATES.contains(kind)) {
                return LookupNames.unsupportedLookup(rest.get(i), kind.djangoName());
            }
            i++;
        }
        String lookup = i < rest.size() ? rest.get(i) : "exact";
        if (i < rest.size() - 1 || !LookupNames.LOOKUPS.contains(lookup)) {
            return LookupNames.unsupportedLookup(String.join("__", rest.subList(i, rest.size())), kind.djangoName());
        }
        return null;
    }
}
