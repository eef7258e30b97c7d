package dev.hotclub.signing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

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

    private final String secretKey;
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
        this.secretKey = secretKey;
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
        return base64(Signing.saltedHmac(salt + "signer", value, secretKey));
    }

    /** Django's {@code b64_encode}: URL-safe base64 without padding. */
    static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
