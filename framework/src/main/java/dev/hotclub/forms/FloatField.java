package dev.hotclub.forms;

import java.util.regex.Pattern;

/** Django's {@code FloatField}: a number as a {@code Double} ({@code "Enter a number."}); infinity and NaN are refused. */
public class FloatField extends NumberField<Double> {
    private static final Pattern PYTHON_FLOAT = Pattern.compile(
            "[+-]?(?:(?:\\d+(?:_\\d+)*(?:\\.(?:\\d+(?:_\\d+)*)?)?|\\.\\d+(?:_\\d+)*)(?:[eE][+-]?\\d+)?"
                    + "|inf|infinity|nan)", Pattern.CASE_INSENSITIVE);

    public FloatField() {
        super("Enter a number.");
    }

    public FloatField minValue(double minValue) {
        setMinValue(minValue);
        return this;
    }

    public FloatField maxValue(double maxValue) {
        setMaxValue(maxValue);
        return this;
    }

    @Override
    protected Double toPython(Object value) {
        if (isEmptyValue(value)) {
            return null;
        }
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        String text = String.valueOf(value).strip();
        if (!PYTHON_FLOAT.matcher(text).matches()) {
            throw error("invalid");
        }
        String lower = text.toLowerCase().replace("_", "");
        String sign = lower.startsWith("-") ? "-" : "";
        String unsigned = lower.replaceFirst("^[+-]", "");
        if (unsigned.startsWith("inf")) {
            return Double.parseDouble(sign + "Infinity");
        }
        if (unsigned.equals("nan")) {
            return Double.NaN;
        }
        return Double.parseDouble(lower);
    }

    @Override
    protected void validate(Double value) {
        super.validate(value);
        if (value != null && !Double.isFinite(value)) {
            throw error("invalid");
        }
    }


    @Override
    protected String step() {
        return "any";
    }
}
