package dev.hotclub.server.internal.logging;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The current time as text in one format, formatted once a second: a busy server logs thousands of requests in
 * the same second, and formatting a {@code ZonedDateTime} for each was a measurable share of a request's cost.
 */
final class SecondClock {
    private record Stamp(long second, String text) {
    }

    private final DateTimeFormatter format;
    private final ZoneId zone;
    private volatile Stamp last = new Stamp(Long.MIN_VALUE, "");

    SecondClock(DateTimeFormatter format, ZoneId zone) {
        this.format = format;
        this.zone = zone;
    }

    /** The time {@code epochMillis} (a current time: the cache holds one second) in this clock's format. */
    String format(long epochMillis) {
        long second = Math.floorDiv(epochMillis, 1000);
        Stamp stamp = last;
        if (stamp.second != second) {
            // Two threads may both format the new second: same text, no lock needed.
            stamp = new Stamp(second, format.format(Instant.ofEpochSecond(second).atZone(zone)));
            last = stamp;
        }
        return stamp.text;
    }
}
