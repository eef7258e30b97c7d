package dev.hotclub.server;

import dev.hotclub.project.Project;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The format of the request log, one line per request, chosen with the project setting {@value #SETTING}:
 *
 * <pre>{@code
 * Project.named("mysite").setting("REQUEST_LOG_FORMAT", "combined")   // or RequestLogFormat.COMBINED
 * }</pre>
 *
 * <ul>
 * <li>{@link #DJANGO} (the default), as Django's runserver:
 *     {@code [25/Nov/2026 13:46:41] "GET /greetings/Alice/ HTTP/1.1" 200 47}
 * <li>{@link #COMMON}, the NCSA common log format of Apache and nginx:
 *     {@code 127.0.0.1 - - [25/Nov/2026:13:46:41 +0100] "GET /greetings/Alice/ HTTP/1.1" 200 47}
 * <li>{@link #COMBINED}, common plus the referrer and the user agent:
 *     {@code ... 200 47 "https://example.com/" "curl/8.5.0"}
 * <li>{@link #JSON}, one JSON object a line for log shippers, the time in ISO 8601 and the duration in
 *     milliseconds: {@code {"time":"2026-11-25T13:46:41+01:00","remote":"127.0.0.1","method":"GET",...}}
 * </ul>
 *
 * Whatever the format, control characters that came from the request are escaped (see docs/HTTP.md).
 */
public enum RequestLogFormat {
    DJANGO, COMMON, COMBINED, JSON;

    /** The project setting that chooses the format. */
    public static final String SETTING = "REQUEST_LOG_FORMAT";

    /** The format {@code project} chooses with {@value #SETTING}, {@link #DJANGO} when it sets none. */
    public static RequestLogFormat of(Project project) {
        if (!project.settings().contains(SETTING)) {
            return DJANGO;
        }
        Object value = project.settings().get(SETTING);
        if (value instanceof RequestLogFormat format) {
            return format;
        }
        for (RequestLogFormat format : values()) {
            if (format.name().equalsIgnoreCase(String.valueOf(value).trim())) {
                return format;
            }
        }
        throw new IllegalArgumentException("The setting " + SETTING + " is \"" + value + "\", which is not a request"
                + " log format: use one of " + Arrays.stream(values()).map(f -> "\"" + f.name().toLowerCase(Locale.ROOT) + "\"")
                .collect(Collectors.joining(", ")) + " (or RequestLogFormat." + DJANGO.name() + "...)");
    }
}
