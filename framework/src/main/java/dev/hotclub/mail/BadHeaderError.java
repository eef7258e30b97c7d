package dev.hotclub.mail;

/**
 * Django's {@code BadHeaderError}: a header value (subject, address, extra header) holding a line break, which
 * would let whoever wrote it add headers of their own ({@code Bcc:}) to the message: header injection.
 */
public class BadHeaderError extends IllegalArgumentException {
    public BadHeaderError(String message) {
        super(message);
    }
}
