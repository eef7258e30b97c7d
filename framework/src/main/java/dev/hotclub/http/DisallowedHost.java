package dev.hotclub.http;

/**
 * The request's host is not in ALLOWED_HOSTS (Django's {@code DisallowedHost}): answered with a 400; in debug
 * mode the page says which host to add to the setting.
 */
public class DisallowedHost extends BadRequest {
    public DisallowedHost(String message) {
        super(message);
    }
}
