package dev.hotclub.mail.internal;

import dev.hotclub.mail.EmailMessage;
import jakarta.activation.DataHandler;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimePart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.net.IDN;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPMessage;

/**
 * An {@link EmailMessage} as a MIME message, laid out as Django's: a text/plain body; with alternatives, a
 * multipart/alternative of the body and them; with attachments, a multipart/mixed of that and the files. The
 * console, file and SMTP backends all send this one rendering.
 */
public final class MimeRendering {
    private static final Session NO_TRANSPORT = Session.getInstance(new Properties());
    private static final SecureRandom RANDOM = new SecureRandom();

    private MimeRendering() {
    }

    /** The MIME message; {@code fromEmail} is the resolved sender (the message's, else DEFAULT_FROM_EMAIL). */
    public static MimeMessage render(EmailMessage email, String fromEmail, Session session) {
        try {
            KeptIdMimeMessage mime = new KeptIdMimeMessage(session == null ? NO_TRANSPORT : session);
            mime.setSubject(email.subject(), "utf-8");
            if (fromEmail == null) {
                throw new IllegalArgumentException("The message \"" + email.subject() + "\" has no sender: give it"
                        + " one with .from(...), or send it through a Mailer, which uses DEFAULT_FROM_EMAIL");
            }
            String from = email.header("From") != null ? email.header("From") : fromEmail;
            mime.setFrom(address(from));
            // Django sends the envelope from from_email even when a From header shows someone else.
            mime.setEnvelopeFrom(address(fromEmail).getAddress());
            setList(mime, "To", email.to());
            setList(mime, "Cc", email.cc());
            setList(mime, "Reply-To", email.replyTo());
            mime.setSentDate(new Date());
            mime.setHeader("Message-ID", "<" + System.currentTimeMillis() + "." + Long.toUnsignedString(RANDOM.nextLong())
                    + "@" + DnsName.VALUE + ">");
            for (Map.Entry<String, String> header : email.headers().entrySet()) {
                if (!header.getKey().equalsIgnoreCase("From")) {
                    mime.setHeader(header.getKey(), encodeIfNeeded(header.getValue()));
                }
            }
            setContent(mime, email);
            mime.saveChanges();
            return mime;
        } catch (MessagingException e) {
            throw new IllegalArgumentException("Cannot build the message \"" + email.subject() + "\": " + e.getMessage(), e);
        }
    }

    /** Every address the server must deliver to: To, Cc and Bcc (Bcc never appears in the headers). */
    public static Address[] recipients(EmailMessage email) {
        List<Address> all = new ArrayList<>();
        for (String recipient : email.recipients()) {
            all.add(address(recipient));
        }
        return all.toArray(Address[]::new);
    }

    /** The message as text, lines ending in {@code \n}: what the console and file backends print. */
    public static String text(MimeMessage mime) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            mime.writeTo(out);
            return out.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException("Cannot write the message: " + e.getMessage(), e);
        }
    }

    private static void setContent(MimeMessage mime, EmailMessage email) throws MessagingException {
        if (email.alternatives().isEmpty() && email.attachments().isEmpty()) {
            setText(mime, email.body(), "plain");
            return;
        }
        MimeBodyPart bodyPart = new MimeBodyPart();
        setText(bodyPart, email.body(), "plain");
        MimeBodyPart main = bodyPart;
        MimeMultipart alternative = null;
        if (!email.alternatives().isEmpty()) {
            alternative = new MimeMultipart("alternative");
            alternative.addBodyPart(bodyPart);
            for (EmailMessage.Alternative alt : email.alternatives()) {
                MimeBodyPart part = new MimeBodyPart();
                String[] type = alt.mimeType().split("/", 2);
                if (type[0].equals("text") && type.length == 2) {
                    setText(part, alt.content(), type[1]);
                } else {
                    part.setContent(alt.content(), alt.mimeType());
                }
                alternative.addBodyPart(part);
            }
        }
        if (email.attachments().isEmpty()) {
            mime.setContent(alternative);
            return;
        }
        MimeMultipart mixed = new MimeMultipart("mixed");
        if (alternative != null) {
            main = new MimeBodyPart();
            main.setContent(alternative);
        }
        mixed.addBodyPart(main);
        for (EmailMessage.Attachment attachment : email.attachments()) {
            MimeBodyPart part = new MimeBodyPart();
            part.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.mimeType())));
            part.setFileName(attachment.filename());
            part.setDisposition(MimeBodyPart.ATTACHMENT);
            mixed.addBodyPart(part);
        }
        mime.setContent(mixed);
    }

    /**
     * UTF-8 text sent as it is (7bit or 8bit), as Django does to avoid spam filters' attention and to keep the
     * console readable; quoted-printable only when a line is past RFC 5322's 998 characters.
     */
    private static void setText(MimePart part, String text, String subtype) throws MessagingException {
        part.setText(text, "utf-8", subtype);
        boolean longLine = text.lines().anyMatch(line -> line.length() > 998);
        boolean ascii = text.chars().allMatch(c -> c < 0x80);
        part.setHeader("Content-Transfer-Encoding", longLine ? "quoted-printable" : ascii ? "7bit" : "8bit");
    }

    private static void setList(MimeMessage mime, String header, List<String> addresses) throws MessagingException {
        if (!addresses.isEmpty()) {
            List<Address> parsed = new ArrayList<>();
            for (String a : addresses) {
                parsed.add(address(a));
            }
            mime.setHeader(header, InternetAddress.toString(parsed.toArray(Address[]::new), header.length() + 2));
        }
    }

    /**
     * Django's {@code sanitize_address}: {@code "Name <local@domain>"} or a bare address; a non-ASCII name is
     * encoded, an international domain written in punycode. Anything else is Django's "Invalid address".
     */
    public static InternetAddress address(String text) {
        try {
            InternetAddress parsed = new InternetAddress(text, true);
            String address = parsed.getAddress();
            int at = address.lastIndexOf('@');
            if (at < 1 || at == address.length() - 1) {
                throw new IllegalArgumentException("Invalid address \"" + text + "\"");
            }
            String domain = IDN.toASCII(address.substring(at + 1), IDN.ALLOW_UNASSIGNED);
            InternetAddress clean = new InternetAddress(address.substring(0, at + 1) + domain);
            if (parsed.getPersonal() != null) {
                clean.setPersonal(parsed.getPersonal(), "utf-8");
            }
            return clean;
        } catch (AddressException | UnsupportedEncodingException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid address \"" + text + "\"", e);
        }
    }

    private static String encodeIfNeeded(String value) {
        try {
            return jakarta.mail.internet.MimeUtility.encodeText(value, "utf-8", null);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Keeps the Message-ID set above: Jakarta's own would look up the local host name on every message. */
    private static final class KeptIdMimeMessage extends SMTPMessage {
        KeptIdMimeMessage(Session session) {
            super(session);
        }

        @Override
        protected void updateMessageID() {
        }
    }

    /** Django's cached DNS_NAME: the host's name, looked up once (the lookup may be slow). */
    private static final class DnsName {
        static final String VALUE = lookup();

        private static String lookup() {
            try {
                return IDN.toASCII(InetAddress.getLocalHost().getCanonicalHostName());
            } catch (UnknownHostException | IllegalArgumentException e) {
                return "localhost";
            }
        }
    }
}
