package dev.hotclub.http;

/**
 * The client sent something the framework refuses (Django's {@code SuspiciousOperation}): answered with a 400
 * page; in debug mode the technical page, with status 400, says what was refused.
 */
public class BadRequest extends RuntimeException {
    public BadRequest(String message) {
        super(message);
    }
}
