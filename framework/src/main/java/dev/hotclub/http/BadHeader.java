package dev.hotclub.http;

/** A header value with CR or LF in it (Django's {@code BadHeaderError}): a programming error, a 500. */
public final class BadHeader extends IllegalArgumentException {
    public BadHeader(String message) {
        super(message);
    }
}
