package dev.hotclub.mail;

import dev.hotclub.mail.internal.MimeRendering;
import java.io.PrintStream;
import java.util.List;

/**
 * Django's {@code console} backend, for development: prints each message as sent (headers, blank line, MIME
 * body), then a line of 79 dashes.
 */
public final class ConsoleEmailBackend implements EmailBackend {
    private final PrintStream out;

    /** Printing to standard output. */
    public ConsoleEmailBackend() {
        this(System.out);
    }

    public ConsoleEmailBackend(PrintStream out) {
        this.out = out;
    }

    @Override
    public int sendMessages(List<EmailMessage> messages) {
        // One lock for the stream: two requests' messages do not interleave.
        synchronized (out) {
            for (EmailMessage message : messages) {
                out.print(format(message));
                out.flush();
            }
        }
        return messages.size();
    }

    static String format(EmailMessage message) {
        return MimeRendering.text(MimeRendering.render(message, message.fromEmail(), null)) + "\n" + "-".repeat(79) + "\n";
    }
}
