package dev.hotclub.auth.tokens;

import dev.hotclub.signing.Signing;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

/**
 * Django's {@code get_session_auth_hash}: an HMAC of the user's password hash that login stores in the session
 * ({@code _auth_user_hash}). Each request compares it with the user's current one, so changing the password
 * logs out every other session; {@code update_session_auth_hash} keeps the current one by storing the new
 * value. The same text as Django's for the same SECRET_KEY, so sessions carried over from a Django site hold.
 *
 * <pre>{@code
 * session.put("_auth_user_hash", SessionAuthHash.of(user.password(), secretKey));
 * boolean stillValid = SessionAuthHash.matches(stored, user.password(), secretKey, fallbackKeys);
 * }</pre>
 */
public final class SessionAuthHash {
    private static final String KEY_SALT = "django.contrib.auth.models.AbstractBaseUser.get_session_auth_hash";

    private SessionAuthHash() {
    }

    /** 64 hex characters: HMAC-SHA256 of {@code passwordHash} keyed by {@code secretKey}. */
    public static String of(String passwordHash, String secretKey) {
        return HexFormat.of().formatHex(Signing.saltedHmac(KEY_SALT, passwordHash, secretKey));
    }

    /**
     * Whether {@code stored} (from the session) is the hash of {@code passwordHash} under {@code secretKey} or
     * one of {@code fallbackKeys} (SECRET_KEY_FALLBACKS), compared in constant time; every key is tried.
     */
    public static boolean matches(String stored, String passwordHash, String secretKey, List<String> fallbackKeys) {
        if (stored == null || passwordHash == null) {
            return false;
        }
        byte[] given = stored.getBytes(StandardCharsets.UTF_8);
        boolean match = MessageDigest.isEqual(given, of(passwordHash, secretKey).getBytes(StandardCharsets.US_ASCII));
        for (String fallback : fallbackKeys) {
            match |= MessageDigest.isEqual(given, of(passwordHash, fallback).getBytes(StandardCharsets.US_ASCII));
        }
        return match;
    }
}
