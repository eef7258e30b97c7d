package dev.hotclub.forms;

import dev.hotclub.forms.internal.Strptime;
import dev.hotclub.forms.widgets.DateInput;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Django's {@code DateField}: a {@code LocalDate} in one of Django's input formats ({@code "Enter a valid date."}). */
public class DateField extends Field<LocalDate> {
    private List<String> inputFormats = Strptime.DATE_INPUT_FORMATS;

    public DateField() {
        super(new DateInput());
        defaultErrorMessage("invalid", "Enter a valid date.");
    }

    /** The accepted formats, in {@code strptime} syntax ({@code "%d/%m/%Y"}), tried in order. */
    public DateField inputFormats(String... formats) {
        inputFormats = List.of(formats);
        return this;
    }

    @Override
    protected LocalDate toPython(Object value) {
        if (isEmptyValue(value)) {
            return null;
        }
        if (value instanceof LocalDateTime dt) {
            return dt.toLocalDate();
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        String text = String.valueOf(value).strip();
        for (String format : inputFormats) {
            LocalDateTime parsed = Strptime.parse(text, format);
            if (parsed != null) {
                return parsed.toLocalDate();
            }
        }
        throw error("invalid");
    }
}
