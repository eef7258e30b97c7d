package dev.hotclub.forms.internal;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Django's {@code parse_duration} and {@code duration_string}. */
public final class DjangoDurations {
    private static final Pattern STANDARD = Pattern.compile("^(?:(?<days>-?\\d+) (days?, )?)?(?<sign>-?)"
            + "((?:(?<hours>\\d+):)(?=\\d+:\\d+))?(?:(?<minutes>\\d+):)?(?<seconds>\\d+)"
            + "(?:[.,](?<microseconds>\\d{1,6})\\d{0,6})?$");
    private static final Pattern ISO = Pattern.compile("^(?<sign>[-+]?)P(?:(?<days>\\d+(?:[.,]\\d+)?)D)?"
            + "(?:T(?:(?<hours>\\d+(?:[.,]\\d+)?)H)?(?:(?<minutes>\\d+(?:[.,]\\d+)?)M)?"
            + "(?:(?<seconds>\\d+(?:[.,]\\d+)?)S)?)?$");
    private static final Pattern POSTGRES = Pattern.compile("^(?:(?<days>-?\\d+) (days? ?))?(?:(?<sign>[-+])?"
            + "(?<hours>\\d+):(?<minutes>\\d\\d):(?<seconds>\\d\\d)(?:\\.(?<microseconds>\\d{1,6}))?)?$");

    private DjangoDurations() {
    }

    /** The duration {@code text} means, or null. */
    public static Duration parse(String text) {
        Matcher m = STANDARD.matcher(text);
        if (!m.matches()) {
            m = ISO.matcher(text);
            if (!m.matches()) {
                m = POSTGRES.matcher(text);
                if (!m.matches()) {
                    return null;
                }
            }
            if (m.pattern() == ISO) {
                if (text.equals("P") || text.endsWith("T")) {
                    return null;
                }
                double sign = "-".equals(m.group("sign")) ? -1 : 1;
                double seconds = number(m.group("days")) * 86400 + number(m.group("hours")) * 3600
                        + number(m.group("minutes")) * 60 + number(m.group("seconds"));
                return Duration.ofNanos(Math.round(sign * seconds * 1e9 / 1000) * 1000);
            }
        }
        long days = m.group("days") == null ? 0 : Long.parseLong(m.group("days"));
        int sign = "-".equals(m.group("sign")) ? -1 : 1;
        String micros = m.pattern() == ISO ? null : m.group("microseconds");
        long micro = micros == null ? 0 : Long.parseLong((micros + "000000").substring(0, 6));
        if (m.pattern() == STANDARD && micros != null && m.group("seconds").startsWith("-")) {
            micro = -micro;
        }
        Duration time = Duration.ofHours(optional(m.group("hours"))).plusMinutes(optional(m.group("minutes")))
                .plusSeconds(optional(m.group("seconds"))).plusNanos(micro * 1000);
        return Duration.ofDays(days).plus(sign < 0 ? time.negated() : time);
    }

    private static long optional(String group) {
        return group == null ? 0 : Long.parseLong(group);
    }

    private static double number(String group) {
        return group == null ? 0 : Double.parseDouble(group.replace(',', '.'));
    }

    /** Django's {@code duration_string}: {@code "3 04:05:06"}, {@code "00:01:30.000500"}. */
    public static String format(Duration duration) {
        long totalMicros = duration.toNanos() / 1000;
        long days = Math.floorDiv(totalMicros, 86_400_000_000L);
        long rest = Math.floorMod(totalMicros, 86_400_000_000L);
        long micros = rest % 1_000_000;
        long seconds = rest / 1_000_000;
        String out = String.format("%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
        if (days != 0) {
            out = days + " " + out;
        }
        if (micros != 0) {
            out += String.format(".%06d", micros);
        }
        return out;
    }
}
