package dev.hotclub.http;

/**
 * A few words the server's request log adds at the end of a request's line, which middleware leaves on the request:
 * in DEBUG, the query report's count and time of the request's database queries.
 *
 * <pre>
 * [06/Dec/2026 10:14:03] "GET /polls/ HTTP/1.1" 200 1432 (4 queries, 1.3 ms)
 * </pre>
 *
 * Several notes on one request are joined with {@code ", "}. The test {@code Client} writes no log; a test reads the
 * note with {@link #of(HttpRequest)}.
 */
public final class RequestLogNote {
    private static final RequestAttribute<String> NOTE = RequestAttribute.of("request log note", String.class);

    private RequestLogNote() {
    }

    /** Adds {@code note} (plain words, no line break) to what the log line of {@code request} ends with. */
    public static void add(HttpRequest request, String note) {
        if (note.indexOf('\n') >= 0 || note.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("A request log note is part of one line; this one has a line break: "
                    + note.replace("\n", "\\n").replace("\r", "\\r"));
        }
        String before = request.attribute(NOTE);
        request.setAttribute(NOTE, before == null ? note : before + ", " + note);
    }

    /** The notes left on {@code request}, or {@code null} when there are none. */
    public static String of(HttpRequest request) {
        return request.attribute(NOTE);
    }
}
