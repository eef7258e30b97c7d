package dev.hotclub.forms.widgets;

/** Django's {@code DateInput}: {@code <input type="text">}. */
public class DateInput extends Input {
    public DateInput() {
        super("text");
    }

    @Override
    protected String formatValue(Object value) {
        return value instanceof java.time.LocalDate d ? d.format(DATE) : super.formatValue(value);
    }
}
