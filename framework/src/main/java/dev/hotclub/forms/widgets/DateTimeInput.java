package dev.hotclub.forms.widgets;

/** Django's {@code DateTimeInput}: {@code <input type="text">}. */
public class DateTimeInput extends Input {
    public DateTimeInput() {
        super("text");
    }

    @Override
    protected String formatValue(Object value) {
        return value instanceof java.time.LocalDate d && !(value instanceof java.time.chrono.ChronoLocalDateTime<?>)
                ? d.format(DATE) + " 00:00:00" : super.formatValue(value);
    }
}
