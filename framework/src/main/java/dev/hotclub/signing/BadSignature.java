package dev.hotclub.signing;

/** A signed value whose signature does not match (Django's {@code signing.BadSignature}): tampered with, or signed with another key or salt. */
public class BadSignature extends RuntimeException {
    public BadSignature(String message) {
        super(message);
    }
}
