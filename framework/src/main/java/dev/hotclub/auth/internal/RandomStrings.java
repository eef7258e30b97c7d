package dev.hotclub.auth.internal;

import java.security.SecureRandom;

/** Django's {@code get_random_string}: letters and digits drawn from a cryptographically strong source. */
public final class RandomStrings {
    /** Django's {@code RANDOM_STRING_CHARS}. */
    public static final String LETTERS_AND_DIGITS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomStrings() {
    }

    /** {@code length} characters of [a-zA-Z0-9]. */
    public static String random(int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(LETTERS_AND_DIGITS.charAt(RANDOM.nextInt(LETTERS_AND_DIGITS.length())));
        }
        return out.toString();
    }
}
