package dev.hotclub.forms.internal;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Python's {@code datetime.strptime} for the directives Django's default input formats use ({@code %Y %m %d %y
 * %b %B %H %M %S %f}), with its leniencies: one or two digits for a month, day, hour..., month names in any case.
 */
public final class Strptime {
    private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");

    /** Django's default {@code DATE_INPUT_FORMATS}. */
    public static final List<String> DATE_INPUT_FORMATS = List.of("%Y-%m-%d", "%m/%d/%Y", "%m/%d/%y", "%b %d %Y",
            "%b %d, %Y", "%d %b %Y", "%d %b, %Y", "%B %d %Y", "%B %d, %Y", "%d %B %Y", "%d %B, %Y");
    /** Django's default {@code DATETIME_INPUT_FORMATS}. */
    public static final List<String> DATETIME_INPUT_FORMATS = List.of("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M:%S.%f",
            "%Y-%m-%d %H:%M", "%m/%d/%Y %H:%M:%S", "%m/%d/%Y %H:%M:%S.%f", "%m/%d/%Y %H:%M", "%m/%d/%y %H:%M:%S",
            "%m/%d/%y %H:%M:%S.%f", "%m/%d/%y %H:%M");
    /** Django's default {@code TIME_INPUT_FORMATS}. */
    public static final List<String> TIME_INPUT_FORMATS = List.of("%H:%M:%S", "%H:%M:%S.%f", "%H:%M");

    private Strptime() {
    }

    /** The date-time {@code text} written as {@code format}, or null (missing parts: 1900-01-01 00:00). */
    public static LocalDateTime parse(String text, String format) {
        StringBuilder regex = new StringBuilder();
        StringBuilder order = new StringBuilder();
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '%' && i + 1 < format.length()) {
                char d = format.charAt(++i);
                regex.append(switch (d) {
                    case 'Y' -> "(\\d{4})";
                    case 'y', 'm', 'd', 'H', 'M', 'S' -> d == 'y' ? "(\\d\\d)" : "(\\d{1,2})";
                    case 'f' -> "(\\d{1,6})";
                    case 'b' -> "([a-zA-Z]{3})";
                    case 'B' -> "([a-zA-Z]+)";
                    default -> throw new IllegalArgumentException("Unsupported directive %" + d + " in " + format);
                });
                order.append(d);
            } else if (Character.isWhitespace(c)) {
                regex.append("\\s+");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        Matcher m = Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE).matcher(text);
        if (!m.matches()) {
            return null;
        }
        int year = 1900;
        int month = 1;
        int day = 1;
        int hour = 0;
        int minute = 0;
        int second = 0;
        int nanos = 0;
        for (int g = 0; g < order.length(); g++) {
            String v = m.group(g + 1);
            switch (order.charAt(g)) {
                case 'Y' -> year = Integer.parseInt(v);
                case 'y' -> {
                    int y = Integer.parseInt(v);
                    year = y < 69 ? 2000 + y : 1900 + y;
                }
                case 'm' -> month = Integer.parseInt(v);
                case 'd' -> day = Integer.parseInt(v);
                case 'H' -> hour = Integer.parseInt(v);
                case 'M' -> minute = Integer.parseInt(v);
                case 'S' -> second = Integer.parseInt(v);
                case 'f' -> nanos = Integer.parseInt((v + "000000").substring(0, 6)) * 1000;
                case 'b', 'B' -> {
                    month = monthNumber(v, order.charAt(g) == 'b');
                    if (month == 0) {
                        return null;
                    }
                }
                default -> throw new IllegalStateException();
            }
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second, nanos);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int monthNumber(String name, boolean abbreviated) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTHS.size(); i++) {
            String month = MONTHS.get(i);
            if (abbreviated ? month.substring(0, 3).equals(lower) : month.equals(lower)) {
                return i + 1;
            }
        }
        return 0;
    }
}
