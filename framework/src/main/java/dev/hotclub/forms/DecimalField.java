package dev.hotclub.forms;

import java.math.BigDecimal;

/**
 * Django's {@code DecimalField}: a {@code BigDecimal} ({@code "Enter a number."}), with Django's digit checks for
 * {@code maxDigits} and {@code decimalPlaces} and {@code step} {@code 0.01} for two places.
 */
public class DecimalField extends NumberField<BigDecimal> {
    private Integer maxDigits;
    private Integer decimalPlaces;
    private boolean digitsValidator;

    public DecimalField() {
        super("Enter a number.");
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
        setMinValue(minValue);
        return this;
    }

    public DecimalField maxValue(BigDecimal maxValue) {
        setMaxValue(maxValue);
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
    protected String step() {
        return decimalPlaces == null ? "any" : step(decimalPlaces);
    }

    /** Python's {@code str(Decimal(1).scaleb(-places)).lower()}: 1, 0.1, 0.01 ... 0.000001, then 1e-7. */
    private static String step(int places) {
        if (places <= 0) {
            return BigDecimal.ONE.scaleByPowerOfTen(-places).toString().replace("E+", "e+").toLowerCase();
        }
        return places <= 6 ? BigDecimal.ONE.movePointLeft(places).toPlainString() : "1e-" + places;
    }
}
