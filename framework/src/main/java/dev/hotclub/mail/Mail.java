package dev.hotclub.mail;

import java.util.ArrayList;
import java.util.List;

/**
 * Django's {@code django.core.mail.outbox}: what the {@code locmem} backend sent, for tests to read. It is one
 * list for the JVM, as Django's is one per process: clear it before a test that counts messages.
 *
 * <pre>{@code
 * Mail.clearOutbox();
 * client.post("/accounts/password_reset/", Map.of("email", "alice@example.com"));
 * assertThat(Mail.outbox()).singleElement().extracting(EmailMessage::subject).isEqualTo("Password reset on testserver");
 * }</pre>
 */
public final class Mail {
    private static final List<EmailMessage> OUTBOX = new ArrayList<>();

    private Mail() {
    }

    /** A copy of the messages sent so far, oldest first. */
    public static List<EmailMessage> outbox() {
        synchronized (OUTBOX) {
            return List.copyOf(OUTBOX);
        }
    }

    /** Empties the outbox (Django's {@code mail.outbox = []}). */
    public static void clearOutbox() {
        synchronized (OUTBOX) {
            OUTBOX.clear();
        }
    }

    static void deliverToOutbox(EmailMessage message) {
        synchronized (OUTBOX) {
            OUTBOX.add(message);
        }
    }
}
