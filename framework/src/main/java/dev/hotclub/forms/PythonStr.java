package dev.hotclub.forms;

import java.math.BigDecimal;

/** How Python's {@code str()} shows the values Django puts in its messages ({@code True}, {@code 1.5}, {@code None}). */
final class PythonStr {
    private PythonStr() {
    }

    static String of(Object value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return String.valueOf(value);
    }
}
