package dev.hotclub.forms;

import dev.hotclub.forms.widgets.NumberInput;
import dev.hotclub.forms.widgets.Widget;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What Django's {@code IntegerField}, {@code FloatField} and {@code DecimalField} share: a {@link NumberInput}, the
 * {@code min_value}/{@code max_value} validators and their {@code min}/{@code max} attributes, and a {@code step}
 * attribute of the field's own (none for whole numbers).
 */
public abstract class NumberField<T extends Number & Comparable<? super T>> extends Field<T> {
    private T minValue;
    private T maxValue;

    protected NumberField(String invalidMessage) {
        super(new NumberInput());
        defaultErrorMessage("invalid", invalidMessage);
    }

    /** Django's {@code min_value}: the validator and the widget's {@code min}. */
    protected void setMinValue(T minValue) {
        this.minValue = minValue;
        validators(Validators.minValue(minValue));
    }

    /** Django's {@code max_value}: the validator and the widget's {@code max}. */
    protected void setMaxValue(T maxValue) {
        this.maxValue = maxValue;
        validators(Validators.maxValue(maxValue));
    }

    /** The {@code step} a number input gets when its attributes give none; null for none. */
    protected String step() {
        return null;
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
            String step = step();
            if (step != null && !widget.attrs().containsKey("step")) {
                attrs.put("step", step);
            }
        }
        return attrs;
    }
}
