package dev.hotclub.server.internal.undertow;

import io.undertow.conduits.ReadDataStreamSourceConduit;
import io.undertow.server.Connectors;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.protocol.http.HttpServerConnection;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import org.xnio.channels.StreamSinkChannel;
import org.xnio.conduits.AbstractStreamSourceConduit;
import org.xnio.conduits.ConduitReadableByteChannel;
import org.xnio.conduits.Conduits;
import org.xnio.conduits.StreamSourceConduit;

/**
 * A chunked request body decoded as RFC 9112 section 7.1 writes it, where Undertow's decoder is lenient: every line
 * ends with CRLF (a bare LF is refused), a chunk's data is followed by CRLF at once (data longer than its size is
 * refused, not skipped), the size is hexadecimal digits. What breaks a rule is an {@link IOException} that says
 * which; the body reader answers it with a 400, and the connection is closed after every chunked request (what
 * follows the body on it is never read as a request).
 */
final class StrictChunkedSource extends AbstractStreamSourceConduit<StreamSourceConduit> {
    private static final int MAX_LINE = 4096;

    private enum State { SIZE, EXTENSION, SIZE_LF, DATA, DATA_CR, DATA_LF, TRAILER_START, TRAILER, TRAILER_LF, LAST_LF, DONE }

    private final HttpServerExchange exchange;
    private final ByteBuffer raw = ByteBuffer.allocate(8192).flip();
    private State state = State.SIZE;
    private long size;
    private int digits;
    private int lineLength;

    private StrictChunkedSource(StreamSourceConduit next, HttpServerExchange exchange) {
        super(next);
        this.exchange = exchange;
    }

    /** Reads the body of {@code exchange}, sent chunked, with this decoder instead of Undertow's. */
    static void install(HttpServerExchange exchange) {
        HttpServerConnection connection = (HttpServerConnection) exchange.getConnection();
        var source = connection.getChannel().getSourceChannel();
        // The bytes of the connection itself: those already read past the head first, then the socket's.
        source.setConduit(new StrictChunkedSource(new ReadDataStreamSourceConduit(connection.getOriginalSourceConduit(),
                connection), exchange));
        exchange.setPersistent(false);
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        int copied = 0;
        while (dst.hasRemaining() && state != State.DONE) {
            if (!raw.hasRemaining()) {
                raw.clear();
                int n;
                try {
                    n = next.read(raw);
                } finally {
                    raw.flip();
                }
                if (n < 0) {
                    throw new IOException("the chunked body ended before its last chunk (0 CRLF CRLF)");
                }
                if (n == 0) {
                    return copied;
                }
            }
            if (state == State.DATA) {
                int n = (int) Math.min(size, Math.min(raw.remaining(), dst.remaining()));
                ByteBuffer slice = raw.duplicate();
                slice.limit(slice.position() + n);
                dst.put(slice);
                raw.position(raw.position() + n);
                copied += n;
                size -= n;
                if (size == 0) {
                    state = State.DATA_CR;
                }
                continue;
            }
            step(raw.get());
        }
        if (state == State.DONE && copied == 0) {
            return -1;
        }
        return copied;
    }

    private void step(byte b) throws IOException {
        switch (state) {
            case SIZE -> {
                int digit = Character.digit(b, 16);
                if (digit >= 0 && digits < 15) {
                    size = size * 16 + digit;
                    digits++;
                } else if (digits > 0 && b == ';') {
                    state = State.EXTENSION;
                    lineLength = 0;
                } else if (digits > 0 && b == '\r') {
                    state = State.SIZE_LF;
                } else {
                    throw new IOException("a chunk size is not a hexadecimal number ending with CRLF");
                }
            }
            case EXTENSION -> {
                if (b == '\r') {
                    state = State.SIZE_LF;
                } else if (b == '\n' || ++lineLength > MAX_LINE) {
                    throw new IOException("a chunk extension is not a line ending with CRLF");
                }
            }
            case SIZE_LF -> {
                expect(b, '\n', "a chunk size line ends with a bare CR");
                state = size == 0 ? State.TRAILER_START : State.DATA;
            }
            case DATA_CR -> {
                expect(b, '\r', "a chunk's data is longer than its size");
                state = State.DATA_LF;
            }
            case DATA_LF -> {
                expect(b, '\n', "a chunk's data is not followed by CRLF");
                state = State.SIZE;
                size = 0;
                digits = 0;
            }
            case TRAILER_START -> {
                if (b == '\r') {
                    state = State.LAST_LF;
                } else {
                    state = State.TRAILER;
                    lineLength = 0;
                    trailer(b);
                }
            }
            case TRAILER -> trailer(b);
            case TRAILER_LF -> {
                expect(b, '\n', "a trailer line ends with a bare CR");
                state = State.TRAILER_START;
            }
            case LAST_LF -> {
                expect(b, '\n', "the last chunk does not end with CRLF");
                state = State.DONE;
                Connectors.terminateRequest(exchange);
            }
            default -> throw new IllegalStateException(state.toString());
        }
    }

    private void trailer(byte b) throws IOException {
        if (b == '\r') {
            state = State.TRAILER_LF;
        } else if (b == '\n' || ++lineLength > MAX_LINE) {
            throw new IOException("a trailer field is not a line ending with CRLF");
        }
    }

    private static void expect(byte got, char wanted, String otherwise) throws IOException {
        if (got != wanted) {
            throw new IOException(otherwise);
        }
    }

    @Override
    public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            if (dsts[i].hasRemaining()) {
                return read(dsts[i]);
            }
        }
        return 0;
    }

    @Override
    public long transferTo(long position, long count, FileChannel target) throws IOException {
        return target.transferFrom(new ConduitReadableByteChannel(this), position, count);
    }

    @Override
    public long transferTo(long count, ByteBuffer throughBuffer, StreamSinkChannel target) throws IOException {
        return Conduits.transfer(this, count, throughBuffer, target);
    }
}
