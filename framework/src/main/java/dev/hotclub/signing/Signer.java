package dev.hotclub.signing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Django's {@code signing.Signer}: {@code value:signature}, the signature being the unpadded URL-safe base64 of
 * {@code salted_hmac(salt + "signer", value, key)} with SHA-256, so a value signed by Django 3.2 with the same
 * {@code SECRET_KEY} and salt verifies here, and the other way round.
 *
 * <pre>{@code
 * Signer signer = new Signer(request.settings().secretKey(), "myapp.unsubscribe");
 * String link = signer.sign("alice@example.com");      // alice@example.com:Xy...
 * String email = signer.unsign(link);                  // or BadSignature
 * }</pre>
 */
public class Signer {
    static final char SEP = ':';

    private final byte[] key;
    private final String salt;

    /**
     * A signer with {@code secretKey} (the project's {@code SECRET_KEY}) and {@code salt}, which keeps values
     * signed for one purpose from being accepted for another.
     */
    public Signer(String secretKey, String salt) {
        if (secretKey == null || secretKey.isEmpty()) {
            throw new IllegalStateException("No SECRET_KEY is set, and signing (" + salt + ") needs one. Set it with"
                    + " Project.named(...).secretKey(...), read from the environment rather than written in the"
                    + " sources; a long random string, e.g. the output of"
                    + " `python3 -c 'import secrets; print(secrets.token_urlsafe(50))'`.");
        }
        this.key = secretKey.getBytes(StandardCharsets.UTF_8);
        this.salt = salt;
    }

    /** {@code value:signature}. */
    public String sign(String value) {
        return value + SEP + signature(value);
    }

    /** The value of {@code signed}, if its signature is this signer's; otherwise {@link BadSignature}. */
    public String unsign(String signed) {
        int sep = signed.lastIndexOf(SEP);
        if (sep < 0) {
            throw new BadSignature("No \"" + SEP + "\" found in value");
        }
        String value = signed.substring(0, sep);
        String signature = signed.substring(sep + 1);
        if (!MessageDigest.isEqual(signature.getBytes(StandardCharsets.UTF_8),
                signature(value).getBytes(StandardCharsets.UTF_8))) {
            throw new BadSignature("Signature \"" + signature + "\" does not match");
        }
        return value;
    }

    String signature(String value) {
        return base64(saltedHmac(salt + "signer", value, key));
    }

    /**
     * Django's {@code salted_hmac} with SHA-256: an HMAC of {@code value} whose key is
     * {@code sha256(keySalt + secret)}, so that one secret gives unrelated keys for unrelated salts.
     */
    static byte[] saltedHmac(String keySalt, String value, byte[] secret) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(keySalt.getBytes(StandardCharsets.UTF_8));
            byte[] derived = sha256.digest(secret);
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(derived, "HmacSHA256"));
            return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JVM lacks SHA-256 or HmacSHA256", e);
        }
    }

    /** Django's {@code b64_encode}: URL-safe base64 without padding. */
    static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
