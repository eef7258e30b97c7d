package dev.hotclub.auth.validators;

import java.util.Map;

/**
 * One reason a password was refused, as a Django {@code ValidationError}: the message shown to the user, the
 * stable {@code code} a program checks ({@code password_too_short}), and the values the message was built from.
 */
public record PasswordError(String message, String code, Map<String, Object> params) {
    public PasswordError {
        params = Map.copyOf(params);
    }

    public PasswordError(String message, String code) {
        this(message, code, Map.of());
    }
}
