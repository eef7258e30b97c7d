package dev.hotclub.db.models.internal;

import dev.hotclub.db.NotSupportedError;
import dev.hotclub.db.Vendor;
import dev.hotclub.db.models.FieldError;
import dev.hotclub.db.models.FieldMeta;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Lookups into a JSONField as Django 3.2 writes them: key transforms ({@code data__owner__name}, an integer for an
 * array index: {@code data__tags__0}), {@code has_key}/{@code has_keys}/{@code has_any_keys}, {@code contains}/
 * {@code contained_by} (PostgreSQL only), {@code isnull} on a key (the key is missing), comparisons and the text
 * lookups on a key's value. SQLite uses its JSON1 functions ({@code JSON_EXTRACT}, {@code JSON_TYPE}) with a
 * {@code $."owner"."name"} path; PostgreSQL uses jsonb's {@code ->}, {@code #>}, {@code #>>}, {@code ?}, {@code @>}.
 * Keys and values are bound parameters.
 */
final class JsonLookups {
    /** The lookups only a JSONField has. */
    static final Set<String> JSON_ONLY = Set.of("has_key", "has_keys", "has_any_keys", "contains", "contained_by");

    private static final Set<String> TEXT = Set.of("iexact", "icontains", "startswith", "istartswith", "endswith",
            "iendswith", "regex", "iregex");

    private JsonLookups() {
    }

    /** Whether {@code rest}, after a JSONField, is for this class: keys, or a lookup only JSON has. */
    static boolean applies(FieldMeta field, List<String> rest) {
        if (field == null || field.kind() != dev.hotclub.db.models.FieldKind.JSON || rest.isEmpty()) {
            return false;
        }
        return rest.size() > 1 || JSON_ONLY.contains(rest.get(0)) || !LookupNames.LOOKUPS.contains(rest.get(0));
    }

    static String condition(String column, FieldMeta field, List<String> rest, Object value, Vendor vendor, List<Object> params) {
        String last = rest.get(rest.size() - 1);
        boolean named = LookupNames.LOOKUPS.contains(last) || JSON_ONLY.contains(last);
        String lookup = named ? last : "exact";
        List<String> keys = named ? rest.subList(0, rest.size() - 1) : rest;
        boolean pg = vendor == Vendor.POSTGRESQL;
        switch (lookup) {
            case "has_key", "has_keys", "has_any_keys" -> {
                List<String> wanted = lookup.equals("has_key") ? List.of(String.valueOf(value)) : strings(value, lookup);
                if (pg) {
                    String operator = lookup.equals("has_key") ? "??" : lookup.equals("has_keys") ? "??&" : "??|";
                    params.addAll(keyParams(keys));
                    String lhs = keys.isEmpty() ? column : extract(column, keys, false);
                    params.add(lookup.equals("has_key") ? wanted.get(0) : textArray(wanted));
                    return lhs + " " + operator + (lookup.equals("has_key") ? " ?" : " ?::text[]");
                }
                List<String> parts = new ArrayList<>();
                for (String key : wanted) {
                    List<String> path = new ArrayList<>(keys);
                    path.add(key);
                    params.add(sqlitePath(path));
                    parts.add("JSON_TYPE(" + column + ", ?) IS NOT NULL");
                }
                return parts.size() == 1 ? parts.get(0) : "(" + String.join(lookup.equals("has_keys") ? " AND " : " OR ", parts) + ")";
            }
            case "contains", "contained_by" -> {
                if (!pg) {
                    throw new NotSupportedError(lookup + " lookup is not supported on this database backend.");
                }
                params.addAll(keyParams(keys));
                String lhs = keys.isEmpty() ? column : extract(column, keys, false);
                params.add(jsonb(field, value));
                return lhs + (lookup.equals("contains") ? " @> ?" : " <@ ?");
            }
            default -> {
            }
        }
        if (keys.isEmpty()) {
            throw new IllegalStateException("a JSONField lookup without keys is LookupSql's: " + lookup);
        }
        if (lookup.equals("isnull")) {
            if (!(value instanceof Boolean missing)) {
                throw new FieldError("The QuerySet value for an isnull lookup must be True or False (true or false), not " + value + ".");
            }
            // Django: isnull on a key asks whether the key is there (a JSON null value is there).
            if (pg) {
                params.addAll(keyParams(keys));
                return extract(column, keys, false) + (missing ? " IS NULL" : " IS NOT NULL");
            }
            params.add(sqlitePath(keys));
            return "JSON_TYPE(" + column + ", ?)" + (missing ? " IS NULL" : " IS NOT NULL");
        }
        if (TEXT.contains(lookup)) {
            String text;
            if (pg) {
                params.addAll(keyParams(keys));
                text = "(" + extract(column, keys, true) + ")::text";
            } else {
                params.add(sqlitePath(keys));
                text = "JSON_EXTRACT(" + column + ", ?)";
            }
            return textLookup(text, lookup, value, pg, params);
        }
        String lhs;
        if (pg) {
            params.addAll(keyParams(keys));
            lhs = extract(column, keys, false);
        } else {
            params.add(sqlitePath(keys));
            lhs = "JSON_EXTRACT(" + column + ", ?)";
        }
        switch (lookup) {
            case "exact" -> {
                if (value == null) {
                    // Django: key=None matches a JSON null value.
                    if (pg) {
                        params.add(jsonb(field, null));
                        return lhs + " = ?";
                    }
                    params.set(params.size() - 1, sqlitePath(keys));
                    params.add("null");
                    return "JSON_TYPE(" + column + ", ?) = ?";
                }
                return lhs + " = " + jsonValue(field, value, pg, params);
            }
            case "in" -> {
                List<String> marks = new ArrayList<>();
                for (Object v : collection(value, lookup)) {
                    marks.add(jsonValue(field, v, pg, params));
                }
                return marks.isEmpty() ? "1 = 0" : lhs + " IN (" + String.join(", ", marks) + ")";
            }
            case "gt", "gte", "lt", "lte" -> {
                String op = switch (lookup) {
                    case "gt" -> ">";
                    case "gte" -> ">=";
                    case "lt" -> "<";
                    default -> "<=";
                };
                return lhs + " " + op + " " + comparable(field, value, pg, params);
            }
            case "range" -> {
                List<?> bounds = new ArrayList<>(collection(value, lookup));
                if (bounds.size() != 2) {
                    throw new FieldError("The lookup 'range' takes two values (a List.of(low, high)), not " + bounds.size() + ".");
                }
                return lhs + " BETWEEN " + comparable(field, bounds.get(0), pg, params) + " AND "
                        + comparable(field, bounds.get(1), pg, params);
            }
            default -> throw new FieldError(LookupNames.unsupportedLookup(lookup, "KeyTransform"));
        }
    }

    /** ORDER BY or F() on a key: the key's value (jsonb on PostgreSQL, JSON_EXTRACT's SQL value on SQLite). */
    static String keyValue(String column, List<String> keys, Vendor vendor, List<Object> params) {
        return key(column, keys, vendor, params, "JSON_EXTRACT(" + column + ", ?)");
    }

    /**
     * values() of a key: the key's value as JSON text on both backends (jsonb's {@code ->}, SQLite's {@code ->}
     * operator), read back as a Java value by {@link ValueCodec#readJsonValue}; NULL when the key is missing.
     */
    static String keyJson(String column, List<String> keys, Vendor vendor, List<Object> params) {
        return key(column, keys, vendor, params, "(" + column + " -> ?)");
    }

    // The key's jsonb on PostgreSQL (its path as parameters); on SQLite sqlite, given the key's path as parameter.
    private static String key(String column, List<String> keys, Vendor vendor, List<Object> params, String sqlite) {
        if (vendor == Vendor.POSTGRESQL) {
            params.addAll(keyParams(keys));
            return extract(column, keys, false);
        }
        params.add(sqlitePath(keys));
        return sqlite;
    }

    private static String textLookup(String text, String lookup, Object value, boolean pg, List<Object> params) {
        String raw = String.valueOf(value);
        if (lookup.endsWith("regex")) {
            boolean ci = lookup.equals("iregex");
            params.add(pg ? raw : (ci ? "(?i)" : "") + raw);
            return pg ? text + (ci ? " ~* ?" : " ~ ?") : text + " REGEXP ?";
        }
        String escaped = LookupSql.escapeLike(raw);
        String pattern = switch (lookup.startsWith("i") ? lookup.substring(1) : lookup) {
            case "exact" -> escaped;
            case "contains" -> "%" + escaped + "%";
            case "startswith" -> escaped + "%";
            default -> "%" + escaped;
        };
        params.add(pattern);
        if (!pg) {
            return text + " LIKE ? ESCAPE '\\'";
        }
        if (lookup.equals("iexact")) {
            params.set(params.size() - 1, raw);
            return "UPPER(" + text + ") = UPPER(?)";
        }
        return lookup.startsWith("i") ? "UPPER(" + text + ") LIKE UPPER(?)" : text + " LIKE ?";
    }

    /** {@code (col -> ?)} for one key, {@code (col #> ?::text[])} for a path; {@code ->>}/{@code #>>} for text. */
    private static String extract(String column, List<String> keys, boolean asText) {
        if (keys.size() == 1) {
            return "(" + column + (asText ? " ->> ?" : " -> ?") + ")";
        }
        return "(" + column + (asText ? " #>> ?::text[]" : " #> ?::text[]") + ")";
    }

    private static List<Object> keyParams(List<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        if (keys.size() == 1) {
            String key = keys.get(0);
            // Django: a key that is a number indexes an array (-> 0); as part of a path, jsonb reads it either way.
            return List.of(isIndex(key) ? (Object) Integer.valueOf(key) : key);
        }
        return List.of(textArray(keys));
    }

    /** Django's {@code compile_json_path}: {@code $."owner"."name"}, {@code $."tags"[0]}. */
    static String sqlitePath(List<String> keys) {
        StringBuilder path = new StringBuilder("$");
        for (String key : keys) {
            if (isIndex(key)) {
                path.append('[').append(key).append(']');
            } else {
                path.append('.').append(ValueCodec.jsonString(key));
            }
        }
        return path.toString();
    }

    private static boolean isIndex(String key) {
        return !key.isEmpty() && key.chars().allMatch(Character::isDigit) && key.length() < 10;
    }

    /** A PostgreSQL text[] literal, each element quoted: {@code {"owner","name"}}. */
    private static String textArray(List<String> items) {
        List<String> quoted = new ArrayList<>();
        for (String item : items) {
            quoted.add('"' + item.replace("\\", "\\\\").replace("\"", "\\\"") + '"');
        }
        return "{" + String.join(",", quoted) + "}";
    }

    /** The right side of an equality: jsonb on PostgreSQL, {@code JSON_EXTRACT(?, '$')} of the JSON text on SQLite. */
    private static String jsonValue(FieldMeta field, Object value, boolean pg, List<Object> params) {
        if (pg) {
            params.add(jsonb(field, value));
            return "?";
        }
        params.add(ValueCodec.jsonText(field, value));
        return "JSON_EXTRACT(?, '$')";
    }

    /** The right side of a comparison: jsonb on PostgreSQL, the plain value on SQLite (Django's json.loads of it). */
    private static String comparable(FieldMeta field, Object value, boolean pg, List<Object> params) {
        if (value == null) {
            throw new FieldError("A comparison on a JSON key cannot compare with None (null).");
        }
        params.add(pg ? jsonb(field, value) : value);
        return "?";
    }

    private static Object jsonb(FieldMeta field, Object value) {
        return ValueCodec.toDb(field, value == null ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : value,
                Vendor.POSTGRESQL);
    }

    private static List<String> strings(Object value, String lookup) {
        List<String> out = new ArrayList<>();
        for (Object item : collection(value, lookup)) {
            out.add(String.valueOf(item));
        }
        return out;
    }

    private static Collection<?> collection(Object value, String lookup) {
        if (value instanceof Collection<?> c) {
            return c;
        }
        if (value instanceof Object[] array) {
            return List.of(array);
        }
        throw new FieldError("The lookup '" + lookup + "' takes a collection (List.of(...)), not " + value + ".");
    }
}
