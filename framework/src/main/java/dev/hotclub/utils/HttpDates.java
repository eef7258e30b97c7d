package dev.hotclub.utils;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP's dates: written as RFC 9110's IMF-fixdate ({@code Wed, 02 Dec 2026 10:00:00 GMT}, Django's
 * {@code http_date}), read in any of the three forms HTTP allows, as Django's {@code parse_http_date} reads them.
 */
public final class HttpDates {
    private static final DateTimeFormatter IMF_FIXDATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final List<String> MONTHS =
            List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
    private static final String TIME = "(?<hour>\\d{2}):(?<min>\\d{2}):(?<sec>\\d{2})";
    /**
     * Django's three patterns: RFC 1123, RFC 850 (two-digit year), asctime. The day's name is not checked. asctime's
     * space-padded day ({@code Sun Nov  6}) also matches with one space: Undertow's parser turns every run of spaces in
     * a header value into one, so over HTTP the padded form never arrives as it was sent.
     */
    private static final List<Pattern> FORMS = List.of(
            Pattern.compile("^\\w{3}, (?<day>\\d{2}) (?<mon>\\w{3}) (?<year>\\d{4}) " + TIME + " GMT$"),
            Pattern.compile("^\\w{6,9}, (?<day>\\d{2})-(?<mon>\\w{3})-(?<year>\\d{2}) " + TIME + " GMT$"),
            Pattern.compile("^\\w{3} (?<mon>\\w{3}) (?<day>[ \\d]\\d|\\d) " + TIME + " (?<year>\\d{4})$"));

    private HttpDates() {
    }

    /** {@code time} as an HTTP date, to the second below. */
    public static String format(TemporalAccessor time) {
        return IMF_FIXDATE.format(time);
    }

    /** The time an HTTP date names, or empty when {@code text} is not one (or names no real time, as 30 Feb). */
    public static Optional<Instant> parse(String text) {
        return parse(text, Year.now(ZoneOffset.UTC).getValue());
    }

    /** As {@link #parse(String)}, a two-digit year read against {@code currentYear}. */
    static Optional<Instant> parse(String text, int currentYear) {
        for (Pattern form : FORMS) {
            Matcher m = form.matcher(text);
            if (m.matches()) {
                int month = MONTHS.indexOf(m.group("mon").toLowerCase(Locale.ROOT)) + 1;
                try {
                    return Optional.of(LocalDateTime.of(year(Integer.parseInt(m.group("year")), currentYear), month,
                            Integer.parseInt(m.group("day").trim()), Integer.parseInt(m.group("hour")),
                            Integer.parseInt(m.group("min")), Integer.parseInt(m.group("sec"))).toInstant(ZoneOffset.UTC));
                } catch (DateTimeException badField) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** RFC 9110: a two-digit year more than 50 years ahead of this one is in the past century. */
    private static int year(int year, int currentYear) {
        if (year >= 100) {
            return year;
        }
        int century = currentYear - currentYear % 100;
        return year - currentYear % 100 > 50 ? year + century - 100 : year + century;
    }
}
