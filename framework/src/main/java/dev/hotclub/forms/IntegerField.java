package dev.hotclub.forms;

import java.util.regex.Pattern;

/**
 * Django's {@code IntegerField}: a whole number ({@code "Enter a whole number."}); {@code "3.0"} is 3 as in Django.
 * Values outside Java's {@code int} are invalid too. {@code minValue}/{@code maxValue} add Django's validators and
 * the {@code min}/{@code max} attributes.
 */
public class IntegerField extends NumberField<Integer> {
    private static final Pattern DECIMAL_ZEROS = Pattern.compile("\\.0*\\s*$");
    private static final Pattern PYTHON_INT = Pattern.compile("[+-]?\\d+(?:_\\d+)*");

    public IntegerField() {
        super("Enter a whole number.");
    }

    public IntegerField minValue(int minValue) {
        setMinValue(minValue);
        return this;
    }

    public IntegerField maxValue(int maxValue) {
        setMaxValue(maxValue);
        return this;
    }

    @Override
    protected Integer toPython(Object value) {
        if (isEmptyValue(value)) {
            return null;
        }
        if (value instanceof Integer i) {
            return i;
        }
        String text = DECIMAL_ZEROS.matcher(String.valueOf(value)).replaceFirst("").strip();
        if (!PYTHON_INT.matcher(text).matches()) {
            throw error("invalid");
        }
        try {
            return Integer.parseInt(text.replace("_", ""));
        } catch (NumberFormatException e) {
            throw error("invalid");
        }
    }

}
