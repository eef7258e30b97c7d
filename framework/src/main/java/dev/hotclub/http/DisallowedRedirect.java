package dev.hotclub.http;

/**
 * A redirect to a URL the framework will not send a browser to ({@code javascript:}, {@code data:}, a CR or LF).
 * As Django's, a 400 in production; in debug mode the technical page shows this message.
 */
public final class DisallowedRedirect extends BadRequest {
    public DisallowedRedirect(String message) {
        super(message);
    }
}
