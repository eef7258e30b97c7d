package dev.hotclub.forms;

import dev.hotclub.forms.internal.Strptime;
import dev.hotclub.forms.widgets.TimeInput;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/** Django's {@code TimeField}: a {@code LocalTime} ({@code 14:30}, {@code 14:30:59}; {@code "Enter a valid time."}). */
public class TimeField extends Field<LocalTime> {
    private List<String> inputFormats = Strptime.TIME_INPUT_FORMATS;

    public TimeField() {
        super(new TimeInput());
        defaultErrorMessage("invalid", "Enter a valid time.");
    }

    public TimeField inputFormats(String... formats) {
        inputFormats = List.of(formats);
        return this;
    }

    @Override
    protected LocalTime toPython(Object value) {
        if (isEmptyValue(value)) {
            return null;
        }
        if (value instanceof LocalTime t) {
            return t;
        }
        String text = String.valueOf(value).strip();
        for (String format : inputFormats) {
            LocalDateTime parsed = Strptime.parse(text, format);
            if (parsed != null) {
                return parsed.toLocalTime();
            }
        }
        throw error("invalid");
    }
}
