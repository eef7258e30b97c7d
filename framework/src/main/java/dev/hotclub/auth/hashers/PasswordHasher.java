package dev.hotclub.auth.hashers;

import dev.hotclub.auth.internal.RandomStrings;
import java.util.Map;

/**
 * One password hashing algorithm, as Django's {@code BasePasswordHasher}: it writes
 * {@code algorithm$...} text that names itself, so a table can hold hashes of several algorithms and
 * {@link PasswordHashers} picks the right one to check each. Implementations are immutable and thread-safe.
 */
public interface PasswordHasher {
    /** Django's {@code salt_entropy}: bits of randomness a salt must carry, else the hash is renewed at login. */
    int SALT_ENTROPY_BITS = 128;

    /** The name written before the first {@code $}: {@code pbkdf2_sha256}, {@code argon2}, {@code md5}. */
    String algorithm();

    /** {@code password} hashed with {@code salt} (ASCII letters and digits, no {@code $}) as stored text. */
    String encode(String password, String salt);

    /** Whether {@code password} is the one {@code encoded} (this algorithm's text) was made from, in constant time. */
    boolean verify(String password, String encoded);

    /** Whether {@code encoded} was made with weaker settings than this hasher's, so a login should renew it. */
    default boolean mustUpdate(String encoded) {
        return false;
    }

    /**
     * Spends the work that {@code encoded}'s weaker settings saved, so that a failed check takes as long as one
     * against a current hash and its timing tells nothing about how old the hash is.
     */
    default void hardenRuntime(String password, String encoded) {
    }

    /** What may be shown of {@code encoded} (the admin's password widget): parameters, and salt and hash masked. */
    Map<String, Object> safeSummary(String encoded);

    /** A new random salt: 22 letters and digits, 128 bits (Django's). */
    default String salt() {
        return RandomStrings.random(saltLength());
    }

    /** How many [a-zA-Z0-9] characters carry {@link #SALT_ENTROPY_BITS}. */
    static int saltLength() {
        return (int) Math.ceil(SALT_ENTROPY_BITS / (Math.log(62) / Math.log(2)));
    }

    /** Django's {@code must_update_salt}: the salt is shorter than 128 bits' worth of [a-zA-Z0-9]. */
    static boolean saltTooShort(String salt) {
        return salt.length() * (Math.log(62) / Math.log(2)) < SALT_ENTROPY_BITS;
    }

    /** Django's {@code mask_hash}: the first six characters, then one {@code *} for each of the rest. */
    static String mask(String text) {
        int show = Math.min(6, text.length());
        return text.substring(0, show) + "*".repeat(text.length() - show);
    }
}
