package dev.hotclub.signing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Django's {@code signing.dumps} and {@code signing.loads}: a JSON value, zlib-compressed when that makes it
 * shorter (then prefixed with {@code .}), URL-safe base64, timestamped and signed. What Django writes, this
 * reads, and the other way round: the signed-cookie session store keeps sessions in this form.
 *
 * <pre>{@code
 * String token = Signing.dumps(Map.of("user", 42), project.settings().secretKey(), "myapp.reset", true);
 * Map<?, ?> back = (Map<?, ?>) Signing.loads(token, project.settings().secretKey(), "myapp.reset", Duration.ofHours(1));
 * }</pre>
 */
public final class Signing {
    // Python's json.dumps(separators=(',', ':')), which escapes every non-ASCII character (ensure_ascii).
    private static final ObjectMapper JSON = new ObjectMapper();

    private Signing() {
    }

    /**
     * Django's {@code django.utils.crypto.salted_hmac(key_salt, value, secret)} with SHA-256: an HMAC of {@code value}
     * whose key is {@code sha256(keySalt + secret)}, so that one SECRET_KEY gives unrelated keys for unrelated
     * purposes (the signer's, the password reset tokens', the session auth hash). Python's {@code digest()}; format
     * it with {@code HexFormat.of().formatHex(...)} for its {@code hexdigest()}.
     */
    public static byte[] saltedHmac(String keySalt, String value, String secret) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(keySalt.getBytes(StandardCharsets.UTF_8));
            byte[] derived = sha256.digest(secret.getBytes(StandardCharsets.UTF_8));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(derived, "HmacSHA256"));
            return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JVM lacks SHA-256 or HmacSHA256", e);
        }
    }

    /** {@code value} (anything Jackson writes as JSON) signed with {@code secretKey} and {@code salt}. */
    public static String dumps(Object value, String secretKey, String salt, boolean compress) {
        return dumps(value, secretKey, salt, compress, Clock.systemUTC());
    }

    static String dumps(Object value, String secretKey, String salt, boolean compress, Clock clock) {
        TimestampSigner signer = new TimestampSigner(secretKey, salt, clock);
        byte[] data = json(value).getBytes(StandardCharsets.ISO_8859_1);
        boolean compressed = false;
        if (compress) {
            byte[] smaller = deflate(data);
            if (smaller.length < data.length - 1) {
                data = smaller;
                compressed = true;
            }
        }
        String base64 = Base64.getUrlEncoder().withoutPadding().encodeToString(data);
        return signer.sign(compressed ? "." + base64 : base64);
    }

    /**
     * The value {@code signed} holds (maps, lists, strings, numbers, booleans, null), if signed with this key and
     * salt at most {@code maxAge} ago ({@code null}: any age); otherwise {@link BadSignature} or
     * {@link SignatureExpired}.
     */
    public static Object loads(String signed, String secretKey, String salt, Duration maxAge) {
        return loads(signed, secretKey, salt, maxAge, Clock.systemUTC());
    }

    static Object loads(String signed, String secretKey, String salt, Duration maxAge, Clock clock) {
        String base64 = new TimestampSigner(secretKey, salt, clock).unsign(signed, maxAge);
        boolean compressed = base64.startsWith(".");
        byte[] data;
        try {
            data = Base64.getUrlDecoder().decode(compressed ? base64.substring(1) : base64);
        } catch (IllegalArgumentException e) {
            throw new BadSignature("The signed value is not base64: " + e.getMessage());
        }
        if (compressed) {
            data = inflate(data);
        }
        try {
            return JSON.readValue(data, Object.class);
        } catch (IOException e) {
            throw new BadSignature("The signed value is not JSON: " + e.getMessage());
        }
    }

    static String json(Object value) {
        String text;
        try {
            text = JSON.writer().with(JsonWriteFeature.ESCAPE_NON_ASCII).writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write a " + value.getClass().getName() + " as JSON: "
                    + e.getOriginalMessage(), e);
        }
        return lowerCaseEscapes(text);
    }

    /** Python writes {@code \u00e9}, Jackson {@code \u00E9}: same JSON, but the same bytes sign the same. */
    private static String lowerCaseEscapes(String json) {
        StringBuilder out = new StringBuilder(json.length());
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            out.append(c);
            if (c == '\\' && i + 1 < json.length()) {
                char next = json.charAt(++i);
                out.append(next);
                if (next == 'u') {
                    out.append(json.substring(i + 1, Math.min(i + 5, json.length())).toLowerCase(java.util.Locale.ROOT));
                    i += 4;
                }
            }
        }
        return out.toString();
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(6);
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[1024];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static byte[] inflate(byte[] data) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(data);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[1024];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new BadSignature("The signed value's compressed data is truncated");
                }
                out.write(buffer, 0, n);
                // A cookie is at most a few kilobytes; a signed value that inflates past this is not ours.
                if (out.size() > 1 << 20) {
                    throw new BadSignature("The signed value inflates past 1 MB");
                }
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new BadSignature("The signed value's compressed data is corrupt: " + e.getMessage());
        } finally {
            inflater.end();
        }
    }
}
