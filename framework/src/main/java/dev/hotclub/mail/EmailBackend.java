package dev.hotclub.mail;

import java.util.List;

/**
 * Where messages go, as Django's {@code EMAIL_BACKEND}: an SMTP server, the console, the test outbox, files.
 * Implementations are thread-safe.
 */
public interface EmailBackend {
    /**
     * Sends {@code messages}, whose sender is already resolved ({@code fromEmail} set), and returns how many were
     * sent; a failure is a {@link MailException}.
     */
    int sendMessages(List<EmailMessage> messages);
}
