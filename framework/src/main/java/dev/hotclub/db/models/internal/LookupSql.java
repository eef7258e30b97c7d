package dev.hotclub.db.models.internal;

import dev.hotclub.db.Vendor;
import dev.hotclub.db.models.Expression;
import dev.hotclub.db.models.FieldError;
import dev.hotclub.db.models.FieldKind;
import dev.hotclub.db.models.FieldMeta;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * The SQL of one lookup as Django writes it on each backend: {@code contains} is {@code LIKE} with %, _ and \
 * escaped (case-insensitive for ASCII on SQLite, case-sensitive on PostgreSQL), the {@code i}-lookups are
 * {@code UPPER(..) LIKE UPPER(..)} on PostgreSQL, dates are taken apart in UTC.
 */
final class LookupSql {
    private LookupSql() {
    }

    static String condition(PathResolver.Resolved resolved, Object value, Vendor vendor, List<Object> params,
                            Function<Expression, String> expressions) {
        String lhs = resolved.sql();
        FieldMeta field = resolved.field();
        List<String> rest = resolved.rest();
        if (JsonLookups.applies(field, rest)) {
            return JsonLookups.condition(lhs, field, rest, value, vendor, params);
        }
        int i = 0;
        boolean transformed = false;
        while (i < rest.size() && LookupNames.TRANSFORMS.contains(rest.get(i))) {
            lhs = transform(rest.get(i), lhs, field, vendor);
            transformed = true;
            i++;
        }
        String lookup = i < rest.size() ? rest.get(i) : "exact";
        if (i < rest.size() - 1 || !LookupNames.LOOKUPS.contains(lookup)) {
            String kind = field == null ? "this expression" : field.kind().djangoName();
            throw new FieldError(LookupNames.unsupportedLookup(String.join("__", rest.subList(i, rest.size())), kind));
        }
        FieldMeta bindAs = transformed ? null : field;
        if (value instanceof Expression expression) {
            String rhs = expressions.apply(expression);
            return switch (lookup) {
                case "exact" -> lhs + " = " + rhs;
                case "gt" -> lhs + " > " + rhs;
                case "gte" -> lhs + " >= " + rhs;
                case "lt" -> lhs + " < " + rhs;
                case "lte" -> lhs + " <= " + rhs;
                default -> throw new FieldError("The lookup '" + lookup + "' does not take an F() expression here.");
            };
        }
        boolean pg = vendor == Vendor.POSTGRESQL;
        switch (lookup) {
            case "exact":
                if (value == null) {
                    return lhs + " IS NULL";
                }
                return lhs + " = " + bind(params, bindAs, value, vendor);
            case "iexact":
                if (value == null) {
                    return lhs + " IS NULL";
                }
                return pg ? "UPPER(" + lhs + "::text) = UPPER(" + bind(params, null, value.toString(), vendor) + ")"
                        : lhs + " LIKE " + bind(params, null, escapeLike(value.toString()), vendor) + " ESCAPE '\\'";
            case "contains", "icontains", "startswith", "istartswith", "endswith", "iendswith": {
                String text = escapeLike(String.valueOf(value instanceof Enum<?> e ? e.name() : value));
                String pattern = switch (lookup.startsWith("i") ? lookup.substring(1) : lookup) {
                    case "contains" -> "%" + text + "%";
                    case "startswith" -> text + "%";
                    default -> "%" + text;
                };
                String param = bind(params, null, pattern, vendor);
                if (!pg) {
                    return lhs + " LIKE " + param + " ESCAPE '\\'";
                }
                return lookup.startsWith("i") ? "UPPER(" + lhs + "::text) LIKE UPPER(" + param + ")" : lhs + "::text LIKE " + param;
            }
            case "in": {
                Collection<?> values = asCollection(value, lookup);
                List<String> marks = new ArrayList<>();
                for (Object v : values) {
                    if (v != null) {
                        marks.add(bind(params, bindAs, v, vendor));
                    }
                }
                // Django: an empty IN matches nothing (EmptyResultSet) instead of being an SQL error.
                return marks.isEmpty() ? "1 = 0" : lhs + " IN (" + String.join(", ", marks) + ")";
            }
            case "gt", "gte", "lt", "lte": {
                if (value == null) {
                    throw new FieldError("The lookup '" + lookup + "' cannot compare with None (null).");
                }
                String op = switch (lookup) {
                    case "gt" -> ">";
                    case "gte" -> ">=";
                    case "lt" -> "<";
                    default -> "<=";
                };
                return lhs + " " + op + " " + bind(params, bindAs, value, vendor);
            }
            case "range": {
                List<?> bounds = new ArrayList<>(asCollection(value, lookup));
                if (bounds.size() != 2) {
                    throw new FieldError("The lookup 'range' takes two values (a List.of(low, high)), not " + bounds.size() + ".");
                }
                return lhs + " BETWEEN " + bind(params, bindAs, bounds.get(0), vendor) + " AND " + bind(params, bindAs, bounds.get(1), vendor);
            }
            case "isnull":
                if (!(value instanceof Boolean b)) {
                    throw new FieldError("The QuerySet value for an isnull lookup must be True or False (true or false), not " + value + ".");
                }
                return lhs + (b ? " IS NULL" : " IS NOT NULL");
            case "regex", "iregex": {
                boolean ci = lookup.equals("iregex");
                if (pg) {
                    return lhs + "::text " + (ci ? "~*" : "~") + " " + bind(params, null, String.valueOf(value), vendor);
                }
                return lhs + " REGEXP " + bind(params, null, (ci ? "(?i)" : "") + value, vendor);
            }
            default:
                throw new IllegalStateException(lookup);
        }
    }

    private static Collection<?> asCollection(Object value, String lookup) {
        if (value instanceof Collection<?> c) {
            return c;
        }
        if (value instanceof Object[] array) {
            return List.of(array);
        }
        throw new FieldError("The lookup '" + lookup + "' takes a collection (List.of(...)), not " + value + ".");
    }

    private static String transform(String name, String lhs, FieldMeta field, Vendor vendor) {
        if (field != null && field.kind() != FieldKind.DATE && field.kind() != FieldKind.DATE_TIME && field.kind() != FieldKind.TIME) {
            throw new FieldError(LookupNames.unsupportedLookup(name, field.kind().djangoName()));
        }
        boolean dateTime = field != null && field.kind() == FieldKind.DATE_TIME;
        if (vendor == Vendor.POSTGRESQL) {
            String value = dateTime ? "(" + lhs + " AT TIME ZONE 'UTC')" : lhs;
            return switch (name) {
                case "date" -> "(" + value + ")::date";
                case "week_day", "weekDay" -> "(EXTRACT(DOW FROM " + value + ") + 1)";
                default -> "EXTRACT(" + name.toUpperCase() + " FROM " + value + ")";
            };
        }
        return switch (name) {
            case "date" -> "date(" + lhs + ")";
            case "year" -> "CAST(strftime('%Y', " + lhs + ") AS INTEGER)";
            case "month" -> "CAST(strftime('%m', " + lhs + ") AS INTEGER)";
            case "day" -> "CAST(strftime('%d', " + lhs + ") AS INTEGER)";
            case "hour" -> "CAST(strftime('%H', " + lhs + ") AS INTEGER)";
            case "minute" -> "CAST(strftime('%M', " + lhs + ") AS INTEGER)";
            case "second" -> "CAST(strftime('%S', " + lhs + ") AS INTEGER)";
            case "quarter" -> "((CAST(strftime('%m', " + lhs + ") AS INTEGER) + 2) / 3)";
            default -> "(CAST(strftime('%w', " + lhs + ") AS INTEGER) + 1)";
        };
    }

    static String bind(List<Object> params, FieldMeta field, Object value, Vendor vendor) {
        params.add(ValueCodec.toDb(field, value, vendor));
        return "?";
    }

    /** Escapes LIKE's wildcards so a value matches literally, as Django does ({@code contains='100%'}). */
    static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    static boolean isTemporal(Object value) {
        return value instanceof Instant || value instanceof LocalDate;
    }
}
