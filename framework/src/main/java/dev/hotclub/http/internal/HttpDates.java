package dev.hotclub.http.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Optional;

/** HTTP's dates (RFC 9110's IMF-fixdate, Django's {@code http_date}): {@code Wed, 02 Dec 2026 10:00:00 GMT}. */
public final class HttpDates {
    private static final DateTimeFormatter IMF_FIXDATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private HttpDates() {
    }

    /** {@code time} as an HTTP date, to the second below. */
    public static String format(TemporalAccessor time) {
        return IMF_FIXDATE.format(time);
    }

    /** An HTTP date in RFC 1123's form (which IMF-fixdate is), or empty when {@code text} is not one. */
    public static Optional<Instant> parse(String text) {
        try {
            return Optional.of(Instant.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(text.trim())));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
