package dev.hotclub.mail;

import dev.hotclub.conf.Settings;
import java.util.ArrayList;
import java.util.List;

/**
 * Sends mail through the configured backend, as Django's {@code send_mail} and {@code EmailMessage.send()}: a
 * message without a sender gets DEFAULT_FROM_EMAIL, one without recipients is not sent.
 *
 * <pre>{@code
 * Mailer mailer = Mailer.of(project.settings());          // or request.settings()
 * mailer.sendMail("Welcome", "Hello Alice", null, List.of("alice@example.com"));
 * }</pre>
 */
public final class Mailer {
    private final MailSettings settings;
    private final EmailBackend backend;

    public Mailer(MailSettings settings) {
        this(settings, backendFor(settings));
    }

    /** With a backend of the project's own (a queue, an HTTP mail API). */
    public Mailer(MailSettings settings, EmailBackend backend) {
        this.settings = settings;
        this.backend = backend;
    }

    /** With the project's mail settings ({@link MailSettings#from(Settings)}). */
    public static Mailer of(Settings settings) {
        return new Mailer(MailSettings.from(settings));
    }

    private static EmailBackend backendFor(MailSettings settings) {
        return switch (settings.backend()) {
            case "smtp" -> new SmtpEmailBackend(settings);
            case "console" -> new ConsoleEmailBackend();
            case "locmem" -> new LocmemEmailBackend();
            case "file" -> new FileEmailBackend(settings.filePath());
            default -> messages -> messages.size();          // dummy: sends nothing, counts
        };
    }

    public MailSettings settings() {
        return settings;
    }

    public EmailBackend backend() {
        return backend;
    }

    /** Sends {@code message}; returns 1, or 0 when it has no recipients (Django's {@code send()}). */
    public int send(EmailMessage message) {
        return sendAll(List.of(message));
    }

    /** Sends the messages over one connection; returns how many were sent. */
    public int sendAll(List<EmailMessage> messages) {
        List<EmailMessage> ready = new ArrayList<>();
        for (EmailMessage message : messages) {
            if (!message.recipients().isEmpty()) {
                ready.add(message.fromEmail() != null ? message
                        : message.toBuilder().from(settings.defaultFromEmail()).build());
            }
        }
        return ready.isEmpty() ? 0 : backend.sendMessages(ready);
    }

    /**
     * Django's {@code send_mail}: {@code message} to everyone in {@code recipientList} (all of them see each other
     * in To), from {@code fromEmail} or DEFAULT_FROM_EMAIL when null.
     */
    public int sendMail(String subject, String message, String fromEmail, List<String> recipientList) {
        return sendMail(subject, message, fromEmail, recipientList, null);
    }

    /** {@link #sendMail(String, String, String, List)} with an HTML version ({@code html_message}). */
    public int sendMail(String subject, String message, String fromEmail, List<String> recipientList, String htmlMessage) {
        EmailMessage.Builder builder = EmailMessage.builder().subject(subject).body(message).from(fromEmail).to(recipientList);
        if (htmlMessage != null) {
            builder.alternative(htmlMessage, "text/html");
        }
        return send(builder.build());
    }
}
