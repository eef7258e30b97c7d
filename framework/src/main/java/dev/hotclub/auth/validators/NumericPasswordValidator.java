package dev.hotclub.auth.validators;

import dev.hotclub.auth.internal.PythonText;

/** Django's {@code NumericPasswordValidator}: not only digits (Python's {@code str.isdigit()}). */
public final class NumericPasswordValidator implements PasswordValidator {
    @Override
    public void validate(String password, UserAttributes user) {
        if (PythonText.isDigit(password)) {
            throw new InvalidPassword(new PasswordError("This password is entirely numeric.", "password_entirely_numeric"));
        }
    }

    @Override
    public String helpText() {
        return "Your password can’t be entirely numeric.";
    }
}
