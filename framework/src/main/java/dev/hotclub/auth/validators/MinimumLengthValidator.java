package dev.hotclub.auth.validators;

import dev.hotclub.auth.internal.PythonText;
import java.util.Map;

/** Django's {@code MinimumLengthValidator}: at least {@code minLength} characters (8 by default). */
public final class MinimumLengthValidator implements PasswordValidator {
    private final int minLength;

    public MinimumLengthValidator() {
        this(8);
    }

    public MinimumLengthValidator(int minLength) {
        this.minLength = minLength;
    }

    @Override
    public void validate(String password, UserAttributes user) {
        if (PythonText.length(password) < minLength) {
            throw new InvalidPassword(new PasswordError("This password is too short. It must contain at least "
                    + characters() + ".", "password_too_short", Map.of("min_length", minLength)));
        }
    }

    @Override
    public String helpText() {
        return "Your password must contain at least " + characters() + ".";
    }

    private String characters() {
        return minLength + (minLength == 1 ? " character" : " characters");
    }
}
