package dev.hotclub.forms;

import dev.hotclub.forms.widgets.NumberInput;
import dev.hotclub.forms.widgets.Widget;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Django's {@code IntegerField}: a whole number ({@code "Enter a whole number."}); {@code "3.0"} is 3 as in Django.
 * Values outside Java's {@code int} are invalid too. {@code minValue}/{@code maxValue} add Django's validators and
 * the {@code min}/{@code max} attributes.
 */
public class IntegerField extends Field<Integer> {
    private static final Pattern DECIMAL_ZEROS = Pattern.compile("\\.0*\\s*$");
    private static final Pattern PYTHON_INT = Pattern.compile("[+-]?\\d+(?:_\\d+)*");
    private Integer minValue;
    private Integer maxValue;

    public IntegerField() {
        super(new NumberInput());
        defaultErrorMessage("invalid", "Enter a whole number.");
    }

    public IntegerField minValue(int minValue) {
        this.minValue = minValue;
        validators(Validators.minValue(minValue));
        return this;
    }

    public IntegerField maxValue(int maxValue) {
        this.maxValue = maxValue;
        validators(Validators.maxValue(maxValue));
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
        }
        return attrs;
    }
}
