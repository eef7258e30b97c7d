package dev.hotclub.forms;

import dev.hotclub.forms.widgets.NumberInput;
import dev.hotclub.forms.widgets.Widget;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Django's {@code DecimalField}: a {@code BigDecimal} ({@code "Enter a number."}), with Django's digit checks for
 * {@code maxDigits} and {@code decimalPlaces} and {@code step} {@code 0.01} for two places.
 */
public class DecimalField extends Field<BigDecimal> {
    private BigDecimal minValue;
    private BigDecimal maxValue;
    private Integer maxDigits;
    private Integer decimalPlaces;
    private boolean digitsValidator;

    public DecimalField() {
        super(new NumberInput());
        defaultErrorMessage("invalid", "Enter a number.");
    }

    public DecimalField maxDigits(int maxDigits) {
        this.maxDigits = maxDigits;
        addDigitsValidator();
        return this;
    }

    public DecimalField decimalPlaces(int decimalPlaces) {
        this.decimalPlaces = decimalPlaces;
        addDigitsValidator();
        return this;
    }

    public DecimalField minValue(BigDecimal minValue) {
        this.minValue = minValue;
        validators(Validators.minValue(minValue));
        return this;
    }

    public DecimalField maxValue(BigDecimal maxValue) {
        this.maxValue = maxValue;
        validators(Validators.maxValue(maxValue));
        return this;
    }

    private void addDigitsValidator() {
        if (!digitsValidator) {
            digitsValidator = true;
            validators(value -> Validators.decimal(maxDigits, decimalPlaces).validate(value));
        }
    }

    @Override
    protected BigDecimal toPython(Object value) {
        if (isEmptyValue(value)) {
            return null;
        }
        if (value instanceof BigDecimal d) {
            return d;
        }
        String text = String.valueOf(value).strip();
        if (!text.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?")) {
            throw error("invalid");
        }
        try {
            return new BigDecimal(text);
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
            if (!widget.attrs().containsKey("step")) {
                attrs.put("step", decimalPlaces == null ? "any" : step(decimalPlaces));
            }
        }
        return attrs;
    }

    /** Python's {@code str(Decimal(1).scaleb(-places)).lower()}: 1, 0.1, 0.01 ... 0.000001, then 1e-7. */
    private static String step(int places) {
        if (places <= 0) {
            return BigDecimal.ONE.scaleByPowerOfTen(-places).toString().replace("E+", "e+").toLowerCase();
        }
        return places <= 6 ? BigDecimal.ONE.movePointLeft(places).toPlainString() : "1e-" + places;
    }
}
