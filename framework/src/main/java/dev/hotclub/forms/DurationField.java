package dev.hotclub.forms;

import dev.hotclub.forms.internal.DjangoDurations;
import dev.hotclub.forms.widgets.TextInput;
import java.time.Duration;

/**
 * Django's {@code DurationField}: a {@code java.time.Duration} written as Django writes one ({@code "3 04:05:06"},
 * {@code "15:30"}, ISO 8601 {@code "P3DT4H"}); {@code "Enter a valid duration."}.
 */
public class DurationField extends Field<Duration> {
    public DurationField() {
        super(new TextInput());
        defaultErrorMessage("invalid", "Enter a valid duration.");
    }

    @Override
    protected Duration toPython(Object value) {
        if (isEmptyValue(value)) {
            return null;
        }
        if (value instanceof Duration d) {
            return d;
        }
        Duration parsed = DjangoDurations.parse(String.valueOf(value));
        if (parsed == null) {
            throw error("invalid");
        }
        return parsed;
    }

    @Override
    public Object prepareValue(Object value) {
        return value instanceof Duration d ? DjangoDurations.format(d) : value;
    }
}
