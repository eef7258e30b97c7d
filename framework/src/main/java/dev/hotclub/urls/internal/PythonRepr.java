package dev.hotclub.urls.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes values the way Django's messages show them ({@code ('abc',)}, {@code {'year': 'abc'}}), so
 * a Hotclub message reads like the Django one it mirrors; but Java's {@code null} is {@code null}, not Python's
 * {@code None}: it is what the Java code passed (a record a template could not read gives {@code (null,)}).
 */
final class PythonRepr {

    private PythonRepr() {
    }

    static String of(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (value instanceof Number) {
            return value.toString();
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> of(e.getKey()) + ": " + of(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        if (value instanceof List<?> list) {
            return list.stream().map(PythonRepr::of).collect(Collectors.joining(", ", "[", "]"));
        }
        String s = value.toString();
        if (s.contains("'") && !s.contains("\"")) {
            return "\"" + s + "\"";
        }
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    /** A tuple: {@code ('a',)} for one element, {@code ('a', 'b')} for more. */
    static String tuple(List<?> values) {
        if (values.size() == 1) {
            return "(" + of(values.get(0)) + ",)";
        }
        return values.stream().map(PythonRepr::of).collect(Collectors.joining(", ", "(", ")"));
    }
}
