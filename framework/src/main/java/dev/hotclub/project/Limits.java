package dev.hotclub.project;

import dev.hotclub.conf.Setting;
import java.time.Duration;

/**
 * What the server accepts from a client and how long it waits for it: request line and header sizes, the body
 * Hotclub keeps in memory, the timeouts that close a stalled connection, and the grace period of a shutdown.
 * docs/HTTP.md lists the defaults and what happens past each limit.
 *
 * <pre>{@code
 * Project.named("mysite")
 *     .limits(Limits.defaults()   // or .set(Limits.LIMITS, ...).withHeaderTimeout(Duration.ofSeconds(10)).withShutdownGrace(Duration.ofSeconds(5)))
 * }</pre>
 *
 * @param maxRequestLineBytes  the longest request line answered ({@code GET /path?query HTTP/1.1}); longer is a 414
 *                             page (nginx answers 414 past 8 KB, gunicorn past 4 KB)
 * @param maxHeaderBytes       the request line and headers together; past this the server stops reading and closes
 *                             the connection, which keeps a flood of huge requests from filling the heap
 * @param maxHeaders           the most header fields in one request (gunicorn's 100); more is a bare 400
 * @param maxMemoryBodyBytes   Django's {@code DATA_UPLOAD_MAX_MEMORY_SIZE}: a body that is not a file upload, or the
 *                             fields of a multipart form together, past this many bytes is a 400 page
 * @param headerTimeout        how long a client may take to send the request line and headers once it started
 * @param readTimeout          how long a connection may receive nothing while the server waits for the client: a
 *                             body that stalls, a kept-alive connection with no next request
 * @param writeTimeout         how long a response being sent may make no progress (a client that reads nothing)
 * @param shutdownGrace        how long a stopping server lets requests in flight finish before it exits anyway
 */
public record Limits(int maxRequestLineBytes, int maxHeaderBytes, int maxHeaders, int maxMemoryBodyBytes,
                     Duration headerTimeout, Duration readTimeout, Duration writeTimeout, Duration shutdownGrace) {

    private static final Limits DEFAULTS = new Limits(8190, 65_536, 100, 2_621_440, Duration.ofSeconds(30),
            Duration.ofSeconds(60), Duration.ofSeconds(60), Duration.ofSeconds(30));

    /** The server's limits, set in code ({@code Project.Builder.limits(...)}); {@link #defaults()} otherwise. */
    public static final Setting<Limits> LIMITS = Setting.<Limits>codeOnly("LIMITS", DEFAULTS,
            "Request line and header sizes, the in-memory body limit, timeouts, the shutdown grace (docs/HTTP.md).")
            .checkedBy(limits -> {
                if (limits == null) {
                    throw new IllegalArgumentException("limits cannot be null; use Limits.defaults() and its with..."
                            + " methods");
                }
            });

    public Limits {
        positive("maxRequestLineBytes", maxRequestLineBytes);
        positive("maxHeaders", maxHeaders);
        positive("maxMemoryBodyBytes", maxMemoryBodyBytes);
        // Undertow counts the request head in the buffers it reads (16 KB each), so a smaller cap would refuse
        // ordinary requests whose body arrived with the head.
        if (maxHeaderBytes < 16_384 || maxHeaderBytes < maxRequestLineBytes) {
            throw new IllegalArgumentException("maxHeaderBytes must be at least 16384 and at least maxRequestLineBytes ("
                    + maxRequestLineBytes + "); got " + maxHeaderBytes);
        }
        positive("headerTimeout", headerTimeout);
        positive("readTimeout", readTimeout);
        positive("writeTimeout", writeTimeout);
        if (shutdownGrace == null || shutdownGrace.isNegative()) {
            throw new IllegalArgumentException("shutdownGrace must be zero or more, e.g. Duration.ofSeconds(30); got "
                    + shutdownGrace);
        }
    }

    /** The defaults: nginx's and gunicorn's sizes and timeouts, Django's body limit, gunicorn's 30 s grace. */
    public static Limits defaults() {
        return DEFAULTS;
    }

    public Limits withMaxRequestLineBytes(int bytes) {
        return new Limits(bytes, maxHeaderBytes, maxHeaders, maxMemoryBodyBytes, headerTimeout, readTimeout,
                writeTimeout, shutdownGrace);
    }

    public Limits withMaxHeaderBytes(int bytes) {
        return new Limits(maxRequestLineBytes, bytes, maxHeaders, maxMemoryBodyBytes, headerTimeout, readTimeout,
                writeTimeout, shutdownGrace);
    }

    public Limits withMaxHeaders(int count) {
        return new Limits(maxRequestLineBytes, maxHeaderBytes, count, maxMemoryBodyBytes, headerTimeout, readTimeout,
                writeTimeout, shutdownGrace);
    }

    public Limits withMaxMemoryBodyBytes(int bytes) {
        return new Limits(maxRequestLineBytes, maxHeaderBytes, maxHeaders, bytes, headerTimeout, readTimeout,
                writeTimeout, shutdownGrace);
    }

    public Limits withHeaderTimeout(Duration timeout) {
        return new Limits(maxRequestLineBytes, maxHeaderBytes, maxHeaders, maxMemoryBodyBytes, timeout, readTimeout,
                writeTimeout, shutdownGrace);
    }

    public Limits withReadTimeout(Duration timeout) {
        return new Limits(maxRequestLineBytes, maxHeaderBytes, maxHeaders, maxMemoryBodyBytes, headerTimeout, timeout,
                writeTimeout, shutdownGrace);
    }

    public Limits withWriteTimeout(Duration timeout) {
        return new Limits(maxRequestLineBytes, maxHeaderBytes, maxHeaders, maxMemoryBodyBytes, headerTimeout,
                readTimeout, timeout, shutdownGrace);
    }

    public Limits withShutdownGrace(Duration grace) {
        return new Limits(maxRequestLineBytes, maxHeaderBytes, maxHeaders, maxMemoryBodyBytes, headerTimeout,
                readTimeout, writeTimeout, grace);
    }

    private static void positive(String name, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive; got " + value);
        }
    }

    private static void positive(String name, Duration value) {
        if (value == null || value.isNegative() || value.isZero() || value.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(name + " must be a positive duration of at most 24 days, e.g."
                    + " Duration.ofSeconds(30); got " + value);
        }
    }
}
