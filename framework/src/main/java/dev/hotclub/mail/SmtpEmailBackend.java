package dev.hotclub.mail;

import dev.hotclub.mail.internal.MimeRendering;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Properties;
import javax.net.ssl.SSLSocketFactory;

/**
 * Django's {@code smtp} backend, on Eclipse Angus Mail: one connection per {@link #sendMessages} call, STARTTLS
 * required with EMAIL_USE_TLS (a server that does not offer it is an error, never a fall back to clear text),
 * TLS from the start with EMAIL_USE_SSL, login when EMAIL_HOST_USER is set, the certificate's host name checked.
 */
public final class SmtpEmailBackend implements EmailBackend {
    private final MailSettings settings;
    private final Session session;

    public SmtpEmailBackend(MailSettings settings) {
        this(settings, null);
    }

    /**
     * With {@code tlsSockets} for EMAIL_USE_TLS and EMAIL_USE_SSL instead of the JVM's default: to trust a
     * private certificate authority's server without adding it to the JVM's trust store.
     */
    public SmtpEmailBackend(MailSettings settings, SSLSocketFactory tlsSockets) {
        this.settings = settings;
        Properties props = properties(settings);
        if (tlsSockets != null) {
            props.put("mail." + (settings.useSsl() ? "smtps" : "smtp") + ".ssl.socketFactory", tlsSockets);
        }
        this.session = Session.getInstance(props);
    }

    private static Properties properties(MailSettings settings) {
        String protocol = settings.useSsl() ? "smtps" : "smtp";
        String p = "mail." + protocol + ".";
        Properties props = new Properties();
        props.setProperty("mail.transport.protocol", protocol);
        props.setProperty(p + "host", settings.host());
        props.setProperty(p + "port", Integer.toString(settings.port()));
        props.setProperty(p + "auth", Boolean.toString(!settings.hostUser().isEmpty()));
        if (settings.useTls()) {
            props.setProperty(p + "starttls.enable", "true");
            props.setProperty(p + "starttls.required", "true");
        }
        if (settings.useTls() || settings.useSsl()) {
            props.setProperty(p + "ssl.checkserveridentity", "true");
        }
        if (settings.timeout() != null) {
            String millis = Long.toString(settings.timeout().toMillis());
            props.setProperty(p + "connectiontimeout", millis);
            props.setProperty(p + "timeout", millis);
            props.setProperty(p + "writetimeout", millis);
        }
        return props;
    }

    @Override
    public int sendMessages(List<EmailMessage> messages) {
        if (messages.isEmpty()) {
            return 0;
        }
        int sent = 0;
        try (Transport transport = session.getTransport()) {
            if (settings.hostUser().isEmpty()) {
                transport.connect();
            } else {
                transport.connect(settings.host(), settings.port(), settings.hostUser(), settings.hostPassword());
            }
            for (EmailMessage message : messages) {
                if (message.recipients().isEmpty()) {
                    continue;
                }
                MimeMessage mime = MimeRendering.render(message, message.fromEmail(), session);
                transport.sendMessage(mime, MimeRendering.recipients(message));
                sent++;
            }
        } catch (MessagingException e) {
            throw new MailException("Cannot send mail through " + (settings.useSsl() ? "smtps" : "smtp") + "://"
                    + settings.host() + ":" + settings.port() + " (EMAIL_HOST, EMAIL_PORT): " + describe(e)
                    + (sent > 0 ? " (" + sent + " of " + messages.size() + " messages were sent)" : ""), e);
        }
        return sent;
    }

    private static String describe(MessagingException e) {
        StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()).strip());
        Throwable cause = e.getCause();
        if (cause != null && cause.getMessage() != null && !text.toString().contains(cause.getMessage())) {
            text.append(": ").append(cause.getMessage());
        }
        return text.toString();
    }
}
