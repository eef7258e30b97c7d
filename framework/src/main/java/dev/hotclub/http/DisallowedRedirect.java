package dev.hotclub.http;

/**
 * A redirect to a URL the framework will not send a browser to: a scheme other than {@code http}, {@code https}
 * and {@code ftp} ({@code javascript:}, {@code data:}).
 * As Django's, a 400 in production; in debug mode the technical page shows this message.
 */
public final class DisallowedRedirect extends BadRequest {
    public DisallowedRedirect(String message) {
        super(message);
    }
}
