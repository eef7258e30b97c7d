package dev.hotclub.templates.internal;

import freemarker.core.Environment;
import freemarker.core.TemplateDateFormat;
import freemarker.core.TemplateDateFormatFactory;
import freemarker.core.UnparsableValueException;
import freemarker.template.TemplateDateModel;
import freemarker.template.TemplateModelException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.TimeZone;

/**
 * Dates and times written with Django's format characters ({@code django.utils.dateformat}), so that
 * {@code ${question.pubDate}} prints {@code Dec. 2, 2026, 7:19 a.m.} as Django's default
 * {@code DATETIME_FORMAT} {@code "N j, Y, P"} does, and {@code ${d?string("@django Y-m-d")}} is Django's
 * {@code {{ d|date:"Y-m-d" }}}. The English names, as Django's default {@code LANGUAGE_CODE}. A value with a
 * time zone is shown in the template's time zone (Django's current time zone with {@code USE_TZ}); a local
 * date or time as it is.
 */
public final class DjangoDateFormat extends TemplateDateFormat {
    public static final String DATE = "N j, Y";
    public static final String TIME = "P";
    public static final String DATETIME = "N j, Y, P";

    public static final TemplateDateFormatFactory FACTORY = new TemplateDateFormatFactory() {
        @Override
        public TemplateDateFormat get(String params, int dateType, Locale locale, TimeZone timeZone,
                boolean zonelessInput, Environment env) {
            return new DjangoDateFormat(params, timeZone);
        }
    };

    private static final String[] MONTHS_AP = {"Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.",
            "Sept.", "Oct.", "Nov.", "Dec."};

    private final String pattern;
    private final TimeZone timeZone;

    private DjangoDateFormat(String pattern, TimeZone timeZone) {
        this.pattern = pattern;
        this.timeZone = timeZone;
    }

    @Override
    public String formatToPlainText(TemplateDateModel model) throws TemplateModelException {
        if (model instanceof TemporalModel temporal) {
            return format(pattern, temporal.inZone(timeZone.toZoneId()));
        }
        return format(pattern, ZonedDateTime.ofInstant(model.getAsDate().toInstant(), timeZone.toZoneId()));
    }

    /** {@code value} written with Django's format characters; other characters as they are, {@code \} escaping one. */
    public static String format(String pattern, ZonedDateTime value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                out.append(pattern.charAt(++i));
            } else {
                out.append(field(c, value));
            }
        }
        return out.toString();
    }

    private static String field(char c, ZonedDateTime v) {
        int hour = v.getHour();
        int hour12 = hour % 12 == 0 ? 12 : hour % 12;
        return switch (c) {
            case 'd' -> two(v.getDayOfMonth());
            case 'j' -> Integer.toString(v.getDayOfMonth());
            case 'D' -> v.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            case 'l' -> v.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            case 'w' -> Integer.toString(v.getDayOfWeek() == DayOfWeek.SUNDAY ? 0 : v.getDayOfWeek().getValue());
            case 'S' -> ordinalSuffix(v.getDayOfMonth());
            case 'z' -> Integer.toString(v.getDayOfYear());
            case 't' -> Integer.toString(v.toLocalDate().lengthOfMonth());
            case 'L' -> v.toLocalDate().isLeapYear() ? "True" : "False";
            case 'W' -> Integer.toString(v.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case 'o' -> Integer.toString(v.get(IsoFields.WEEK_BASED_YEAR));
            case 'N' -> MONTHS_AP[v.getMonthValue() - 1];
            case 'm' -> two(v.getMonthValue());
            case 'n' -> Integer.toString(v.getMonthValue());
            case 'M' -> v.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            case 'b' -> v.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            case 'F', 'E' -> v.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            case 'y' -> two(Math.floorMod(v.getYear(), 100));
            case 'Y' -> Integer.toString(v.getYear());
            case 'H' -> two(hour);
            case 'G' -> Integer.toString(hour);
            case 'h' -> two(hour12);
            case 'g' -> Integer.toString(hour12);
            case 'i' -> two(v.getMinute());
            case 's' -> two(v.getSecond());
            case 'u' -> String.format("%06d", v.get(ChronoField.MICRO_OF_SECOND));
            case 'A' -> hour < 12 ? "AM" : "PM";
            case 'a' -> hour < 12 ? "a.m." : "p.m.";
            case 'f' -> v.getMinute() == 0 ? Integer.toString(hour12) : hour12 + ":" + two(v.getMinute());
            case 'P' -> v.getMinute() == 0 && hour == 0 ? "midnight"
                    : v.getMinute() == 0 && hour == 12 ? "noon"
                    : field('f', v) + " " + field('a', v);
            case 'O' -> v.getOffset().getId().equals("Z") ? "+0000" : v.getOffset().getId().replace(":", "");
            case 'Z' -> Integer.toString(v.getOffset().getTotalSeconds());
            case 'e', 'T' -> v.getZone().getId();
            case 'U' -> Long.toString(v.toEpochSecond());
            case 'c' -> v.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            case 'r' -> v.format(DateTimeFormatter.RFC_1123_DATE_TIME);
            default -> String.valueOf(c);
        };
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    private static String ordinalSuffix(int day) {
        if (day >= 11 && day <= 13) {
            return "th";
        }
        return switch (day % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    /** A local date or time as a date-time in {@code zone}, for the format characters that need both. */
    static ZonedDateTime atZone(Object temporal, java.time.ZoneId zone) {
        if (temporal instanceof LocalDate d) {
            return d.atStartOfDay(zone);
        }
        if (temporal instanceof LocalTime t) {
            return t.atDate(LocalDate.of(1970, 1, 1)).atZone(zone);
        }
        return ((LocalDateTime) temporal).atZone(zone);
    }

    @Override
    public Object parse(String s, int dateType) throws UnparsableValueException {
        throw new UnparsableValueException("Django date formats only print dates; parse them in Java");
    }

    @Override
    public boolean isLocaleBound() {
        return false;
    }

    @Override
    public boolean isTimeZoneBound() {
        return true;
    }

    @Override
    public String getDescription() {
        return "Django date format \"" + pattern + "\"";
    }
}
