package dev.hotclub.server.internal.logging;

import java.io.PrintStream;
import java.nio.charset.Charset;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * Where the request log goes by default: the console, written by one background thread in batches. A
 * {@code println} per request on an autoflushing {@code System.err} cost each request a lock and a write system
 * call on the request's thread; here the request's thread appends its line to a buffer, and the writer takes
 * everything that has gathered and writes it at once, flushed, at most once every 10 ms. A lone request is written
 * as soon as the writer wakes (well under a millisecond on an idle machine); under load the batches grow, and the
 * writes and wake-ups stay about a hundred a second whatever the rate of requests.
 *
 * <p>The buffer is bounded: when the console cannot keep up (a terminal scrolling slowly, a full pipe), requests
 * wait for it rather than lose lines or fill the heap. {@link #close()} writes what is left.
 *
 * <p>A batch is encoded at once in the stream's charset and written as bytes ({@code String.getBytes} is one fast
 * pass; the stream's own text path copied each character twice more through its writer and encoder), and the
 * request log's lines are formatted straight into the batch ({@link #append(LineWriter)}), without a string each.
 */
public final class ConsoleLog implements Consumer<String>, AutoCloseable {
    private static final int MAX_PENDING_CHARS = 1 << 20;
    private static final long BATCH_MILLIS = 10;
    // 10 ms of lines at 20,000 requests a second is ~20,000 characters; a buffer is kept up to 16 times that, so
    // that a busy server does not grow a new one, copying, for every batch.
    private static final int INITIAL_CHARS = 1 << 15;
    private static final int KEPT_CHARS = 1 << 19;

    /** Writes one line, without its line end, into the batch. */
    @FunctionalInterface
    public interface LineWriter {
        void writeTo(StringBuilder batch);
    }

    private final PrintStream out;
    private final Charset charset;
    private final Object lock = new Object();
    private final Object writeLock = new Object();
    private final Thread writer;
    // Guarded by lock; a drain swaps it with the empty spare, which only the drain (under writeLock) touches.
    private StringBuilder pending = new StringBuilder(INITIAL_CHARS);
    private StringBuilder spare = new StringBuilder(INITIAL_CHARS);
    private volatile boolean closed;

    /** Writes to {@code out}, whose text is in {@code charset}. */
    public ConsoleLog(PrintStream out, Charset charset) {
        this.out = out;
        this.charset = charset;
        this.writer = new Thread(this::run, "hotclub-request-log");
        writer.setDaemon(true);
        writer.start();
    }

    /**
     * The charset of {@code System.err}, as the JDK chose it: {@code stderr.encoding} (JDK 19 and later),
     * {@code sun.stderr.encoding} (JDK 17 on a Windows console), the default charset otherwise.
     */
    public static Charset stderrCharset() {
        String name = System.getProperty("stderr.encoding", System.getProperty("sun.stderr.encoding"));
        try {
            return name == null ? Charset.defaultCharset() : Charset.forName(name);
        } catch (IllegalArgumentException unknown) {
            return Charset.defaultCharset();
        }
    }

    @Override
    public void accept(String line) {
        append(batch -> batch.append(line));
    }

    /** Appends the line {@code line} writes, and its line end. */
    public void append(LineWriter line) {
        boolean wake;
        synchronized (lock) {
            while (pending.length() > MAX_PENDING_CHARS && !closed) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            wake = pending.length() == 0;
            int lineStart = pending.length();
            try {
                line.writeTo(pending);
            } catch (RuntimeException | Error e) {
                pending.setLength(lineStart); // no half line in the log
                throw e;
            }
            pending.append('\n');
        }
        if (closed) {
            drain();
        } else if (wake) {
            // Only the first line of a batch wakes the writer; the others find it awake or about to be.
            LockSupport.unpark(writer);
        }
    }

    private void run() {
        while (!closed) {
            LockSupport.park(this);
            drain();
            // At most one write a few milliseconds: under load the lines of the pause make the next batch, and the
            // requests' threads are not woken up against the writer for each line. A lone line is written at once.
            try {
                Thread.sleep(BATCH_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void drain() {
        // One drain at a time (the writer, or loggers once closed), so the spare buffer has one owner.
        synchronized (writeLock) {
            StringBuilder batch;
            synchronized (lock) {
                if (pending.length() == 0) {
                    return;
                }
                batch = pending;
                pending = spare;
                lock.notifyAll();
            }
            byte[] bytes = batch.toString().getBytes(charset);
            out.write(bytes, 0, bytes.length);
            out.flush();
            batch.setLength(0);
            // A burst's big buffer is let go rather than kept for ever.
            spare = batch.capacity() <= KEPT_CHARS ? batch : new StringBuilder(INITIAL_CHARS);
        }
    }

    /** Writes what is pending and stops the writer; later lines are written by the thread that logs them. */
    @Override
    public void close() {
        closed = true;
        LockSupport.unpark(writer);
        try {
            writer.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        drain();
    }
}
