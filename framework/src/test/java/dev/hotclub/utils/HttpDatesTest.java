package dev.hotclub.utils;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HttpDatesTest {

    /** Django 3.2.25's parse_http_date, run in 2026, gave these (an empty second column: ValueError). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Thu, 05 Nov 2026 08:49:37 GMT | 1793868577",
        "Mon, 01 Jan 2100 00:00:00 GMT | 4102444800",
        "Xyz, 01 Jan 2100 00:00:00 GMT | 4102444800",
        "Sunday, 06-Nov-94 08:49:37 GMT | 784111777",
        "Sunday, 06-Nov-76 08:49:37 GMT | 3371878177",
        "Sunday, 06-Nov-26 08:49:37 GMT | 1793954977",
        "Sunday, 06-Nov-77 08:49:37 GMT | 247654177",
        "Sun Nov  6 08:49:37 1994 | 784111777",
        "Sun Nov 16 08:49:37 1994 | 784975777",
        "Thu, 99 Nov 2026 08:49:37 GMT |",
        "Thu, 5 Nov 2026 08:49:37 GMT |",
        "thu, 05 NOV 2026 08:49:37 GMT | 1793868577",
        "Thu, 05 Nov 2026 08:49:37 UTC |",
        "Thu, 05 Nov 2026 24:00:00 GMT |",
        "Thu, 29 Feb 2025 00:00:00 GMT |",
        "Thu, 05 Nov 2026 08:49:60 GMT |",
        "Thu, 05 Foo 2026 08:49:37 GMT |",
        "Sun Nov 6 08:49:37 1994 | 784111777",
        "Sun Nov   6 08:49:37 1994 |",
    }, ignoreLeadingAndTrailingWhitespace = false)
    void readsWhatDjangoReads(String text, String epochSeconds) {
        String date = text.strip();
        Optional<Instant> expected = epochSeconds == null || epochSeconds.isBlank()
                ? Optional.empty() : Optional.of(Instant.ofEpochSecond(Long.parseLong(epochSeconds.strip())));
        assertEquals(expected, HttpDates.parse(date, 2026));
    }

    @ParameterizedTest
    @CsvSource({"1793868577, 'Thu, 05 Nov 2026 08:49:37 GMT'", "0, 'Thu, 01 Jan 1970 00:00:00 GMT'"})
    void writesImfFixdate(long epochSeconds, String expected) {
        assertEquals(expected, HttpDates.format(Instant.ofEpochSecond(epochSeconds)));
        assertEquals(Optional.of(Instant.ofEpochSecond(epochSeconds)), HttpDates.parse(expected));
    }
}
