package dev.hotclub.server.internal.undertow;

import dev.hotclub.http.BadRequest;
import io.undertow.io.IoCallback;
import io.undertow.io.Receiver;
import io.undertow.io.Sender;
import io.undertow.server.AbstractServerConnection;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.protocol.http.HttpContinue;
import io.undertow.util.Headers;
import io.undertow.util.MultipartParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.xnio.ChannelListeners;
import org.xnio.IoUtils;
import org.xnio.StreamConnection;
import org.xnio.XnioExecutor;
import org.xnio.conduits.ConduitStreamSourceChannel;

/**
 * Receives a request's body on Undertow's IO thread, with its request receiver: a client that sends its body slowly,
 * or promises one and never sends it, holds no worker thread (the socket's read timeout closes it). Once the body is
 * in, {@link Outcome#received} runs; a body Hotclub refuses runs {@link Outcome#refused} with a {@link BadRequest}
 * that says why (too large, a multipart body without a boundary, truncated or malformed, too many parts, a broken
 * chunked encoding). Either one runs once; the caller dispatches to a worker thread from there.
 *
 * <p>A body that stops arriving for the read timeout has its connection closed (the receiver then fails, and
 * {@link Outcome#refused} runs with the connection closed). This watch costs only the requests that have a body; the
 * server's socket-wide read timeout, which Undertow arms and disarms around every request, is not needed for a
 * {@code ProjectHandler} (the idle and header timeouts cover the time between requests and the request head).
 */
public final class RequestBodyReader {
    /** What happens once the body is read. */
    public interface Outcome {
        void received(HttpServerExchange exchange, ReceivedBody body);

        void refused(HttpServerExchange exchange, BadRequest why);
    }

    private final HttpServerExchange exchange;
    private final int maxMemoryBytes;
    private final long readTimeoutNanos;
    private final Outcome outcome;
    private final ByteArrayOutputStream raw = new ByteArrayOutputStream();
    private MultipartCollector parts;
    private MultipartParser.ParseState multipart;
    private boolean finished;
    // A body refused before its end is still read to its end, and dropped: a server that answers and closes while
    // the client is still sending makes the client's TCP stack discard the answer (a reset), so the client would
    // see a broken connection rather than the page that says why.
    private BadRequest refusal;
    // The stall watch: the last time bytes came (or the reading started), and the pending check. The receiver's
    // callbacks and the check both run on the connection's IO thread.
    private volatile long lastProgressNanos;
    private XnioExecutor.Key stallCheck;

    private RequestBodyReader(HttpServerExchange exchange, int maxMemoryBytes, Duration readTimeout, Outcome outcome) {
        this.exchange = exchange;
        this.maxMemoryBytes = maxMemoryBytes;
        this.readTimeoutNanos = readTimeout.toNanos();
        this.outcome = outcome;
    }

    /** Whether the request has a body to receive (a Content-Length above 0, or a chunked body). */
    public static boolean hasBody(HttpServerExchange exchange) {
        return exchange.getRequestContentLength() > 0 || exchange.getRequestHeaders().contains(Headers.TRANSFER_ENCODING);
    }

    /**
     * Receives the body of {@code exchange}: a multipart form is parsed as it arrives (its files going to temporary files
     * when the body is over 2.5 MB), any other body is kept whole, up to {@code maxMemoryBytes} (Django's DATA_UPLOAD_MAX_MEMORY_SIZE).
     * A body that sends nothing for {@code readTimeout} has its connection closed.
     */
    public static void read(HttpServerExchange exchange, int maxMemoryBytes, Duration readTimeout, Outcome outcome) {
        new RequestBodyReader(exchange, maxMemoryBytes, readTimeout, outcome).start();
    }

    private void start() {
        watchForStall();
        String contentType = exchange.getRequestHeaders().getFirst(Headers.CONTENT_TYPE);
        if (contentType != null && contentType.toLowerCase().startsWith("multipart/form-data")) {
            String boundary = Headers.extractQuotedValueFromHeader(contentType, "boundary");
            if (boundary == null || boundary.isEmpty()) {
                refuse(new BadRequest("Invalid boundary in multipart: the Content-Type \"" + contentType
                        + "\" has no boundary=... parameter, so the form's parts cannot be found."));
                return;
            }
            parts = new MultipartCollector(maxMemoryBytes, exchange.getRequestContentLength());
            multipart = MultipartParser.beginParse(exchange.getConnection().getByteBufferPool(), parts,
                    boundary.getBytes(StandardCharsets.US_ASCII), "UTF-8");
        }
        // Until the body is in, the exchange says 400: should Undertow give up on the connection meanwhile (a
        // malformed chunk, a read timeout), it completes the exchange itself and the request log then shows
        // "400 0", the request refused with nothing sent, rather than a 200 that never was.
        exchange.setStatusCode(400);
        if (exchange.getRequestHeaders().contains(Headers.TRANSFER_ENCODING)) {
            StrictChunkedSource.install(exchange); // StrictFraming let through "chunked" alone
        }
        if (HttpContinue.requiresContinueResponse(exchange)) {
            // The client waits for this before it sends its body (curl for a second, on every upload), as gunicorn
            // and nginx answer it. Sent without blocking; the body is read once it has gone.
            HttpContinue.sendContinueResponse(exchange, new IoCallback() {
                @Override
                public void onComplete(HttpServerExchange sent, Sender sender) {
                    receive();
                }

                @Override
                public void onException(HttpServerExchange failed, Sender sender, IOException error) {
                    failed(failed, error);
                }
            });
            return;
        }
        receive();
    }

    private void receive() {
        exchange.getRequestReceiver().receivePartialBytes(this::chunk, this::failed);
    }

    private void chunk(HttpServerExchange exchange, byte[] bytes, boolean last) {
        lastProgressNanos = System.nanoTime();
        if (finished) {
            return;
        }
        if (refusal != null) {
            if (last) {
                refuse(refusal);
            }
            return;
        }
        try {
            if (exchange.getRequestContentLength() > maxMemoryBytes && multipart == null) {
                throw tooLarge(); // Django refuses on the Content-Length alone
            }
            if (multipart != null) {
                multipart.parse(ByteBuffer.wrap(bytes));
            } else {
                if (raw.size() + bytes.length > maxMemoryBytes) {
                    throw tooLarge();
                }
                raw.write(bytes, 0, bytes.length);
            }
        } catch (BadRequest e) {
            refuseAtEnd(e, last);
            return;
        } catch (IOException e) {
            refuseAtEnd(new BadRequest("The multipart body is malformed (" + e.getMessage() + "); a browser's form"
                    + " sends a well-formed one."), last);
            return;
        } catch (RuntimeException e) {
            refuseAtEnd(new BadRequest("The multipart body is malformed: " + e), last);
            return;
        }
        if (!last) {
            return;
        }
        if (multipart != null && !multipart.isComplete()) {
            refuse(new BadRequest("The multipart body ended before its closing boundary (--boundary--): it was cut"
                    + " short, or its boundary does not match the Content-Type's."));
            return;
        }
        finished = true;
        exchange.setStatusCode(200);
        stopReading();
        outcome.received(exchange, parts != null ? parts.body() : ReceivedBody.raw(raw.toByteArray()));
    }

    private void failed(HttpServerExchange exchange, IOException error) {
        if (finished) {
            return;
        }
        if (error instanceof Receiver.RequestToLargeException) {
            // Undertow's receiver takes at most 2^31 - 1 bytes in one request, whatever the body is.
            refuse(new BadRequest("The request's Content-Length (" + exchange.getRequestContentLength() + " bytes) is"
                    + " more than this server reads in one request (" + Integer.MAX_VALUE + " bytes): send such a file"
                    + " in parts, or store it elsewhere and send its address."));
            return;
        }
        refuse(new BadRequest("The request body could not be read: " + (error.getMessage() == null
                ? error.getClass().getSimpleName() : error.getMessage())
                + (exchange.getRequestHeaders().contains(Headers.TRANSFER_ENCODING)
                ? " (a chunked body whose chunk sizes are not hexadecimal numbers, or that ends too early)"
                : " (the client sent less than its Content-Length, or stopped sending)")));
    }

    /** Refuses the body once it has all arrived: what comes until then is dropped. */
    private void refuseAtEnd(BadRequest why, boolean last) {
        raw.reset();
        if (parts != null) {
            parts.discard();
            parts = null;
            multipart = null;
        }
        refusal = why;
        if (last) {
            refuse(why);
        }
    }

    private void refuse(BadRequest why) {
        finished = true;
        if (parts != null) {
            parts.discard();
        }
        stopReading();
        outcome.refused(exchange, why);
    }

    /**
     * Suspends the receiver's reads before the caller dispatches to a worker: a read the receiver resumed while the
     * body came in (the socket had nothing more for a moment) would otherwise make Undertow refuse the dispatch.
     */
    private void stopReading() {
        exchange.getRequestReceiver().pause();
        XnioExecutor.Key check = stallCheck;
        if (check != null) {
            check.remove();
        }
    }

    private void watchForStall() {
        lastProgressNanos = System.nanoTime();
        scheduleStallCheck(readTimeoutNanos);
    }

    private void scheduleStallCheck(long afterNanos) {
        // A millisecond more than asked: the check must not run just before the deadline and find it not passed.
        stallCheck = exchange.getIoThread().executeAfter(this::checkStall, TimeUnit.NANOSECONDS.toMillis(afterNanos) + 1,
                TimeUnit.MILLISECONDS);
    }

    /**
     * Closes the connection when nothing came for the read timeout, as Undertow's socket read timeout does: the
     * receiver's listener is run so that it sees the closed channel and fails.
     */
    private void checkStall() {
        stallCheck = null;
        if (finished) {
            return;
        }
        long idle = System.nanoTime() - lastProgressNanos;
        if (idle < readTimeoutNanos) {
            scheduleStallCheck(readTimeoutNanos - idle);
            return;
        }
        if (!(exchange.getConnection() instanceof AbstractServerConnection connection)) {
            IoUtils.safeClose(exchange.getConnection());
            return;
        }
        StreamConnection channel = connection.getChannel();
        IoUtils.safeClose(channel);
        ConduitStreamSourceChannel source = channel.getSourceChannel();
        if (source.isReadResumed()) {
            ChannelListeners.invokeChannelListener(source, source.getReadListener());
        }
    }

    private BadRequest tooLarge() {
        return new BadRequest("Request body exceeded " + maxMemoryBytes + " bytes (Django's DATA_UPLOAD_MAX_MEMORY_SIZE);"
                + " send large data as a multipart file upload.");
    }
}
