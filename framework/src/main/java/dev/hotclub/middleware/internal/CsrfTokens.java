package dev.hotclub.middleware.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;

/**
 * Django's CSRF token arithmetic (django/middleware/csrf.py): a 32-character secret of letters and digits;
 * tokens of 64 characters, a random mask followed by the secret ciphered with it, so that each response
 * carries a different token (which defeats BREACH) while all of them unmask to the same secret.
 */
public final class CsrfTokens {
    public static final int SECRET_LENGTH = 32;
    public static final int TOKEN_LENGTH = 2 * SECRET_LENGTH;
    private static final String CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private CsrfTokens() {
    }

    /** Django's {@code _get_new_csrf_string}. */
    public static String newSecret() {
        StringBuilder s = new StringBuilder(SECRET_LENGTH);
        for (int i = 0; i < SECRET_LENGTH; i++) {
            s.append(CHARS.charAt(RANDOM.nextInt(CHARS.length())));
        }
        return s.toString();
    }

    /** Django's {@code _mask_cipher_secret}: a new mask, then each secret character shifted by the mask's. */
    public static String mask(String secret) {
        String mask = newSecret();
        StringBuilder cipher = new StringBuilder(TOKEN_LENGTH).append(mask);
        for (int i = 0; i < SECRET_LENGTH; i++) {
            cipher.append(CHARS.charAt((CHARS.indexOf(secret.charAt(i)) + CHARS.indexOf(mask.charAt(i))) % CHARS.length()));
        }
        return cipher.toString();
    }

    /** Django's {@code _unmask_cipher_token}. */
    public static String unmask(String token) {
        StringBuilder secret = new StringBuilder(SECRET_LENGTH);
        for (int i = 0; i < SECRET_LENGTH; i++) {
            int x = CHARS.indexOf(token.charAt(SECRET_LENGTH + i)) - CHARS.indexOf(token.charAt(i));
            secret.append(CHARS.charAt(Math.floorMod(x, CHARS.length())));
        }
        return secret.toString();
    }

    /** Whether {@code text} is a secret or token in form: only letters and digits, 32 or 64 of them. */
    public static boolean wellFormed(String text) {
        if (text == null || (text.length() != SECRET_LENGTH && text.length() != TOKEN_LENGTH)) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (CHARS.indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The secret a well-formed token or secret stands for (Django accepts both in forms and headers). */
    public static String secretOf(String tokenOrSecret) {
        return tokenOrSecret.length() == TOKEN_LENGTH ? unmask(tokenOrSecret) : tokenOrSecret;
    }

    /** Whether the token a client sent stands for {@code secret}, compared in constant time. */
    public static boolean matches(String sent, String secret) {
        if (!wellFormed(sent)) {
            return false;
        }
        return MessageDigest.isEqual(secretOf(sent).getBytes(StandardCharsets.US_ASCII),
                secret.getBytes(StandardCharsets.US_ASCII));
    }
}
