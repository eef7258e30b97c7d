package dev.hotclub.db.models.internal;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The names a lookup path may use after its fields, and the messages for a path that names something else. One
 * source for the ORM, which checks a query when it is built, and for the javac plugin ({@code -Xplugin:Hotclub}),
 * which checks the literal paths of a project's queries when the project compiles: both say the same thing.
 */
public final class LookupNames {
    /** Django's lookups: the last part of a filter's path. */
    public static final Set<String> LOOKUPS = Set.of("exact", "iexact", "contains", "icontains", "startswith",
            "istartswith", "endswith", "iendswith", "in", "gt", "gte", "lt", "lte", "range", "isnull", "regex", "iregex");
    /** Transforms of dates, times and date-times, which any lookup may follow ({@code pubDate__year__gte}). */
    public static final Set<String> TRANSFORMS = Set.of("year", "month", "day", "week_day", "weekDay", "date", "hour",
            "minute", "second", "quarter");

    private LookupNames() {
    }

    /** Django's choices: fields, reverse relations and annotations together, sorted. */
    public static List<String> choices(Collection<String> fields, Collection<String> reverse, Collection<String> annotations) {
        Set<String> names = new TreeSet<>(fields);
        names.addAll(reverse);
        names.addAll(annotations);
        return List.copyOf(names);
    }

    public static String cannotResolve(String keyword, List<String> choices) {
        return "Cannot resolve keyword '" + keyword + "' into field. Choices are: " + String.join(", ", choices);
    }

    /** A lookup or transform the field does not have ({@code kind} is Django's class name, IntegerField). */
    public static String unsupportedLookup(String rest, String kind) {
        return "Unsupported lookup '" + rest + "' for " + kind + " or join on the field not permitted.";
    }

    public static String notAFieldInValues(String path) {
        return "Cannot resolve expression '" + path + "': values() takes field names.";
    }

    public static String notAFieldInExpression(String keyword, String path) {
        return "Cannot resolve keyword '" + keyword + "' into field (in F(\"" + path + "\")).";
    }

    public static String invalidSelectRelated(String name, List<String> relations) {
        return "Invalid field name(s) given in select_related: '" + name + "'. Choices are: " + String.join(", ", relations);
    }

    public static String invalidPrefetch(String name, String objectName, List<String> choices) {
        return "Cannot find '" + name + "' on " + objectName + " object, '" + name
                + "' is an invalid parameter to prefetch_related(). Choices are: " + String.join(", ", choices);
    }

    public static String cannotUpdate(String name, List<String> concreteFields) {
        return "Cannot update model field '" + name + "' (only non-relations and foreign keys permitted). Fields are: "
                + String.join(", ", concreteFields);
    }

    /** only()/defer() naming no field of the model: Django's FieldDoesNotExist message. */
    public static String noFieldNamed(String objectName, String name) {
        return objectName + " has no field named '" + name + "'";
    }

    /** only()/defer() going on after a field that is no foreign key. */
    public static String deferredPathNotARelation(String objectName, String field, String kind, String path) {
        return "only() and defer() follow foreign keys with '__', and " + objectName + "." + field + " is "
                + withArticle(kind) + " (in '" + path + "').";
    }

    /** {@code a CharField}, {@code an IntegerField}. */
    public static String withArticle(String kind) {
        return ("AEIOU".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ") + kind;
    }
}
