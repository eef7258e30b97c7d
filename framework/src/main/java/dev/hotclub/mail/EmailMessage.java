package dev.hotclub.mail;

import dev.hotclub.mail.internal.PythonRepr;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * An email, as Django's {@code EmailMessage} / {@code EmailMultiAlternatives}: subject, plain-text body, sender,
 * To/Cc/Bcc/Reply-To, extra headers, alternative renderings (an HTML version) and attachments. Immutable; a
 * header value with a line break is refused when built ({@link BadHeaderError}), so no message can carry
 * injected headers.
 *
 * <pre>{@code
 * EmailMessage message = EmailMessage.builder()
 *         .subject("Password reset on example.com").body(text).to("alice@example.com")
 *         .alternative(html, "text/html").build();
 * mailer.send(message);
 * }</pre>
 */
public final class EmailMessage {
    /** Another rendering of the body, e.g. {@code text/html}. */
    public record Alternative(String content, String mimeType) {
    }

    /** A file sent with the message. */
    public record Attachment(String filename, byte[] content, String mimeType) {
        public Attachment {
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }
    }

    private final String subject;
    private final String body;
    private final String fromEmail;
    private final List<String> to;
    private final List<String> cc;
    private final List<String> bcc;
    private final List<String> replyTo;
    private final Map<String, String> headers;
    private final List<Alternative> alternatives;
    private final List<Attachment> attachments;

    private EmailMessage(Builder b) {
        this.subject = b.subject;
        this.body = b.body;
        this.fromEmail = b.fromEmail;
        this.to = List.copyOf(b.to);
        this.cc = List.copyOf(b.cc);
        this.bcc = List.copyOf(b.bcc);
        this.replyTo = List.copyOf(b.replyTo);
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
        this.alternatives = List.copyOf(b.alternatives);
        this.attachments = List.copyOf(b.attachments);
        forbidLineBreaks("Subject", subject);
        if (fromEmail != null) {
            forbidLineBreaks("From", fromEmail);
        }
        forbidLineBreaks("To", String.join(", ", to));
        forbidLineBreaks("Cc", String.join(", ", cc));
        forbidLineBreaks("Bcc", String.join(", ", bcc));
        forbidLineBreaks("Reply-To", String.join(", ", replyTo));
        headers.forEach((name, value) -> {
            // RFC 5322 field names are printable ASCII without ':' or spaces; Django does not check, we do.
            if (!name.matches("[!-9;-~]+")) {
                throw new BadHeaderError("Header names must be printable ASCII without ':' or spaces (got "
                        + PythonRepr.of(name) + ")");
            }
            forbidLineBreaks(name, value);
        });
    }

    // Django's forbid_multi_line_headers, with its message.
    private static void forbidLineBreaks(String header, String value) {
        if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            throw new BadHeaderError("Header values can't contain newlines (got " + PythonRepr.of(value)
                    + " for header " + PythonRepr.of(header) + ")");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this message's fields, to make a variant of it. */
    public Builder toBuilder() {
        Builder b = new Builder().subject(subject).body(body).from(fromEmail);
        b.to.addAll(to);
        b.cc.addAll(cc);
        b.bcc.addAll(bcc);
        b.replyTo.addAll(replyTo);
        b.headers.putAll(headers);
        b.alternatives.addAll(alternatives);
        b.attachments.addAll(attachments);
        return b;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    /** The sender as given, or null: the mailer then uses DEFAULT_FROM_EMAIL (or a From in {@link #headers()}). */
    public String fromEmail() {
        return fromEmail;
    }

    public List<String> to() {
        return to;
    }

    public List<String> cc() {
        return cc;
    }

    public List<String> bcc() {
        return bcc;
    }

    public List<String> replyTo() {
        return replyTo;
    }

    /** Extra headers, in the order given. */
    public Map<String, String> headers() {
        return headers;
    }

    public List<Alternative> alternatives() {
        return alternatives;
    }

    public List<Attachment> attachments() {
        return attachments;
    }

    /** Django's {@code recipients()}: To, Cc and Bcc, the addresses the server delivers to. */
    public List<String> recipients() {
        return Stream.of(to, cc, bcc).flatMap(List::stream).filter(a -> !a.isEmpty()).toList();
    }

    /** The extra header {@code name} (case-insensitive), or null. */
    public String header(String name) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    @Override
    public String toString() {
        return "EmailMessage[subject=" + subject + ", to=" + to + "]";
    }

    /** Collects a message's fields; {@link #build()} checks them. */
    public static final class Builder {
        private String subject = "";
        private String body = "";
        private String fromEmail;
        private final List<String> to = new ArrayList<>();
        private final List<String> cc = new ArrayList<>();
        private final List<String> bcc = new ArrayList<>();
        private final List<String> replyTo = new ArrayList<>();
        private final Map<String, String> headers = new LinkedHashMap<>();
        private final List<Alternative> alternatives = new ArrayList<>();
        private final List<Attachment> attachments = new ArrayList<>();

        private Builder() {
        }

        public Builder subject(String subject) {
            this.subject = subject == null ? "" : subject;
            return this;
        }

        /** The plain-text body. */
        public Builder body(String body) {
            this.body = body == null ? "" : body;
            return this;
        }

        /** The sender, {@code "Name <address>"} or a bare address; null for DEFAULT_FROM_EMAIL. */
        public Builder from(String fromEmail) {
            this.fromEmail = fromEmail;
            return this;
        }

        public Builder to(String... addresses) {
            return to(List.of(addresses));
        }

        public Builder to(List<String> addresses) {
            to.addAll(addresses);
            return this;
        }

        public Builder cc(String... addresses) {
            cc.addAll(List.of(addresses));
            return this;
        }

        public Builder bcc(String... addresses) {
            bcc.addAll(List.of(addresses));
            return this;
        }

        public Builder replyTo(String... addresses) {
            replyTo.addAll(List.of(addresses));
            return this;
        }

        /** An extra header; {@code From}, {@code Date} or {@code Message-ID} here replace the ones computed. */
        public Builder header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        /** Django's {@code attach_alternative}: e.g. the HTML version, {@code alternative(html, "text/html")}. */
        public Builder alternative(String content, String mimeType) {
            alternatives.add(new Alternative(content, mimeType.toLowerCase(Locale.ROOT)));
            return this;
        }

        public Builder attach(String filename, byte[] content, String mimeType) {
            attachments.add(new Attachment(filename, content, mimeType));
            return this;
        }

        /** The message, or {@link BadHeaderError} if a header value holds a line break. */
        public EmailMessage build() {
            return new EmailMessage(this);
        }
    }
}
