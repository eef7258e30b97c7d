package dev.hotclub.server;

import dev.hotclub.project.Env;
import dev.hotclub.project.Project;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The format of the request log, one line per request, chosen with the project setting {@value #SETTING}, else
 * the environment variable of that name ({@code REQUEST_LOG_FORMAT=json java -jar ...}):
 *
 * <pre>{@code
 * Project.named("mysite").setting("REQUEST_LOG_FORMAT", "combined")   // or RequestLogFormat.COMBINED
 * }</pre>
 *
 * Without either, a project in debug mode logs as Django's runserver ({@link #DJANGO}); with DEBUG off, as nginx
 * and Apache do by default ({@link #COMBINED}), with the client's address.
 *
 * <ul>
 * <li>{@link #DJANGO} (the default with DEBUG on), as Django's runserver:
 *     {@code [25/Nov/2026 13:46:41] "GET /greetings/Alice/ HTTP/1.1" 200 47}
 * <li>{@link #COMMON}, the NCSA common log format of Apache and nginx:
 *     {@code 127.0.0.1 - - [25/Nov/2026:13:46:41 +0100] "GET /greetings/Alice/ HTTP/1.1" 200 47}
 * <li>{@link #COMBINED} (the default with DEBUG off), common plus the referrer and the user agent:
 *     {@code ... 200 47 "https://example.com/" "curl/8.5.0"}
 * <li>{@link #JSON}, one JSON object a line for log shippers, the time in ISO 8601 and the duration in
 *     milliseconds: {@code {"time":"2026-11-25T13:46:41+01:00","remote":"127.0.0.1","method":"GET",...}}
 * </ul>
 *
 * The address is the client's: the socket's peer, or with NUM_PROXIES set, the address that the proxies in front
 * report in {@code X-Forwarded-For} ({@code HttpRequest.clientAddress()}). Whatever the format, control
 * characters that came from the request are escaped (see docs/HTTP.md).
 */
public enum RequestLogFormat {
    DJANGO, COMMON, COMBINED, JSON;

    /** The project setting that chooses the format. */
    public static final String SETTING = "REQUEST_LOG_FORMAT";

    /**
     * The format {@code project} chooses with {@value #SETTING}, else the environment variable's; without either,
     * {@link #DJANGO} in debug mode and {@link #COMBINED} with DEBUG off.
     */
    public static RequestLogFormat of(Project project) {
        if (project.settings().contains(SETTING)) {
            return parse(project.settings().get(SETTING), "The setting " + SETTING);
        }
        return Env.lookup(SETTING).filter(v -> !v.isBlank())
                .map(value -> parse(value, "The environment variable " + SETTING))
                .orElse(project.debug() ? DJANGO : COMBINED);
    }

    private static RequestLogFormat parse(Object value, String where) {
        if (value instanceof RequestLogFormat format) {
            return format;
        }
        for (RequestLogFormat format : values()) {
            if (format.name().equalsIgnoreCase(String.valueOf(value).trim())) {
                return format;
            }
        }
        throw new IllegalArgumentException(where + " is \"" + value + "\", which is not a request"
                + " log format: use one of " + Arrays.stream(values()).map(f -> "\"" + f.name().toLowerCase(Locale.ROOT) + "\"")
                .collect(Collectors.joining(", ")) + " (or RequestLogFormat." + DJANGO.name() + "...)");
    }
}
