package dev.hotclub.project;

import dev.hotclub.conf.Setting;
import dev.hotclub.conf.Settings;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The format of the request log, one line per request, chosen with the setting {@link #REQUEST_LOG_FORMAT}
 * (code, else the environment variable: {@code REQUEST_LOG_FORMAT=json java -jar ...}):
 *
 * <pre>{@code
 * Project.named("mysite").set(RequestLogFormat.REQUEST_LOG_FORMAT, RequestLogFormat.COMBINED)  // or REQUEST_LOG_FORMAT=combined
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

    /**
     * REQUEST_LOG_FORMAT: {@code django}, {@code common}, {@code combined} or {@code json}; unset (null), django with
     * DEBUG on and combined with DEBUG off ({@link #of(Settings)}).
     */
    public static final Setting<RequestLogFormat> REQUEST_LOG_FORMAT = Setting.of("REQUEST_LOG_FORMAT", null,
            RequestLogFormat::parse, "one of " + Arrays.stream(values())
                    .map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")),
            "The request log's format: django, common, combined or json; unset, django with DEBUG on, combined with it off.");

    /**
     * The format {@code settings} choose with {@link #REQUEST_LOG_FORMAT}; without it, {@link #DJANGO} in debug mode
     * and {@link #COMBINED} with DEBUG off.
     */
    public static RequestLogFormat of(Settings settings) {
        RequestLogFormat chosen = settings.get(REQUEST_LOG_FORMAT);
        return chosen != null ? chosen : settings.debug() ? DJANGO : COMBINED;
    }

    /** The format named {@code text}, any case ({@code "combined"}). */
    public static RequestLogFormat parse(String text) {
        for (RequestLogFormat format : values()) {
            if (format.name().equalsIgnoreCase(text.trim())) {
                return format;
            }
        }
        throw new IllegalArgumentException("\"" + text + "\" is not a request log format: use one of "
                + Arrays.stream(values()).map(f -> "\"" + f.name().toLowerCase(Locale.ROOT) + "\"")
                .collect(Collectors.joining(", ")) + " (or RequestLogFormat." + DJANGO.name() + "...)");
    }
}
