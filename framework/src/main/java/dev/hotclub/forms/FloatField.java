package dev.hotclub.forms;

import dev.hotclub.forms.widgets.NumberInput;
import dev.hotclub.forms.widgets.Widget;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** Django's {@code FloatField}: a number as a {@code Double} ({@code "Enter a number."}); infinity and NaN are refused. */
public class FloatField extends Field<Double> {
    private static final Pattern PYTHON_FLOAT = Pattern.compile(
            "[+-]?(?:(?:\\d+(?:_\\d+)*(?:\\.(?:\\d+(?:_\\d+)*)?)?|\\.\\d+(?:_\\d+)*)(?:[eE][+-]?\\d+)?"
                    + "|inf|infinity|nan)", Pattern.CASE_INSENSITIVE);
    private Double minValue;
    private Double maxValue;

    public FloatField() {
        super(new NumberInput());
        defaultErrorMessage("invalid", "Enter a number.");
    }

    public FloatField minValue(double minValue) {
        this.minValue = minValue;
        validators(Validators.minValue(minValue));
        return this;
    }

    public FloatField maxValue(double maxValue) {
        this.maxValue = maxValue;
        validators(Validators.maxValue(maxValue));
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
    public Map<String, Object> widgetAttrs(Widget widget) {
        Map<String, Object> attrs = new LinkedHashMap<>();
        if (widget instanceof NumberInput) {
            if (minValue != null) {
                attrs.put("min", minValue);
            }
            if (maxValue != null) {
                attrs.put("max", maxValue);
            }
            if (!widget.attrs().containsKey("step")) {
                attrs.put("step", "any");
            }
        }
        return attrs;
    }
}
