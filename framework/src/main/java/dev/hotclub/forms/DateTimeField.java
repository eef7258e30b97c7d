package dev.hotclub.forms;

import dev.hotclub.forms.internal.Strptime;
import dev.hotclub.forms.widgets.DateTimeInput;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Django's {@code DateTimeField}: a {@code LocalDateTime} ({@code "Enter a valid date/time."}). As Django, ISO
 * 8601 is tried first ({@code 2026-12-06T10:30}, with an offset: converted to UTC), then the date-time input
 * formats, then the date formats (midnight).
 */
public class DateTimeField extends Field<LocalDateTime> {
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})[T ](\\d{1,2}):(\\d{1,2})"
            + "(?::(\\d{1,2})(?:[.,](\\d{1,6})\\d{0,6})?)?\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?$");
    private List<String> inputFormats;

    public DateTimeField() {
        super(new DateTimeInput());
        defaultErrorMessage("invalid", "Enter a valid date/time.");
        List<String> formats = new ArrayList<>(Strptime.DATETIME_INPUT_FORMATS);
        formats.addAll(Strptime.DATE_INPUT_FORMATS);
        inputFormats = List.copyOf(formats);
    }

    public DateTimeField inputFormats(String... formats) {
        inputFormats = List.of(formats);
        return this;
    }

    @Override
    protected LocalDateTime toPython(Object value) {
        if (isEmptyValue(value)) {
            return null;
        }
        if (value instanceof LocalDateTime dt) {
            return dt;
        }
        if (value instanceof LocalDate d) {
            return d.atStartOfDay();
        }
        String text = String.valueOf(value).strip();
        LocalDateTime iso = iso(text);
        if (iso != null) {
            return iso;
        }
        for (String format : inputFormats) {
            LocalDateTime parsed = Strptime.parse(text, format);
            if (parsed != null) {
                return parsed;
            }
        }
        throw error("invalid");
    }

    private LocalDateTime iso(String text) {
        Matcher m = ISO.matcher(text);
        if (!m.lookingAt()) {
            return null;
        }
        try {
            String micros = m.group(7) == null ? "0" : (m.group(7) + "000000").substring(0, 6);
            LocalDateTime local = LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)), Integer.parseInt(micros) * 1000);
            String tz = m.group(8);
            if (tz == null) {
                return local;
            }
            ZoneOffset offset = tz.equals("Z") ? ZoneOffset.UTC
                    : ZoneOffset.of(tz.length() == 3 ? tz : tz.substring(0, 3) + ":" + tz.substring(tz.length() - 2));
            return local.atOffset(offset).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        } catch (java.time.DateTimeException e) {
            throw error("invalid");
        }
    }
}
