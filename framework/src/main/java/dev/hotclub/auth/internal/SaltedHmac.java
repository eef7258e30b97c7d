package dev.hotclub.auth.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Django's {@code salted_hmac(key_salt, value, secret, algorithm="sha256")}: an HMAC-SHA256 of {@code value} whose
 * key is {@code sha256(keySalt + secret)}, so one SECRET_KEY gives unrelated keys for unrelated purposes.
 * (The signing package has the same for its own use, package-private.)
 */
public final class SaltedHmac {
    private SaltedHmac() {
    }

    /** The HMAC's bytes. */
    public static byte[] sha256(String keySalt, String value, String secret) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(keySalt.getBytes(StandardCharsets.UTF_8));
            byte[] key = digest.digest(secret.getBytes(StandardCharsets.UTF_8));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JVM lacks SHA-256 or HmacSHA256", e);
        }
    }

    /** Python's {@code hexdigest()} of it. */
    public static String sha256Hex(String keySalt, String value, String secret) {
        return HexFormat.of().formatHex(sha256(keySalt, value, secret));
    }
}
