package dev.hotclub.auth.hashers;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Django's {@code PBKDF2PasswordHasher} ({@code pbkdf2_sha256$<iterations>$<salt>$<base64 hash>}) and
 * {@code PBKDF2SHA1PasswordHasher} ({@code pbkdf2_sha1$...}), on the JDK's PBKDF2. A hash Django made verifies
 * here and the other way round; one made with another iteration count verifies too and is renewed at login.
 *
 * <p>The default is {@value #DEFAULT_ITERATIONS} iterations, Django 5.2 LTS's (docs/AUTH.md says why not 3.2's
 * 260,000).
 */
public final class Pbkdf2PasswordHasher implements PasswordHasher {
    /** Django 5.2 LTS's count; 3.2 had 260,000, 6.0 has 1,200,000. */
    public static final int DEFAULT_ITERATIONS = 1_000_000;

    private final String algorithm;
    private final String jdkAlgorithm;
    private final int keyBits;
    private final int iterations;

    private Pbkdf2PasswordHasher(String algorithm, String jdkAlgorithm, int keyBits, int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException(algorithm + " needs at least 1 iteration, got " + iterations);
        }
        this.algorithm = algorithm;
        this.jdkAlgorithm = jdkAlgorithm;
        this.keyBits = keyBits;
        this.iterations = iterations;
    }

    /** PBKDF2 with HMAC-SHA256 and {@value #DEFAULT_ITERATIONS} iterations: the default hasher. */
    public static Pbkdf2PasswordHasher sha256() {
        return sha256(DEFAULT_ITERATIONS);
    }

    /** PBKDF2 with HMAC-SHA256 and {@code iterations} (260,000 writes what Django 3.2 writes). */
    public static Pbkdf2PasswordHasher sha256(int iterations) {
        return new Pbkdf2PasswordHasher("pbkdf2_sha256", "PBKDF2WithHmacSHA256", 256, iterations);
    }

    /** PBKDF2 with HMAC-SHA1, for hashes imported from sites that chose Django's PBKDF2SHA1PasswordHasher. */
    public static Pbkdf2PasswordHasher sha1() {
        return sha1(DEFAULT_ITERATIONS);
    }

    /** PBKDF2 with HMAC-SHA1 and {@code iterations}. */
    public static Pbkdf2PasswordHasher sha1(int iterations) {
        return new Pbkdf2PasswordHasher("pbkdf2_sha1", "PBKDF2WithHmacSHA1", 160, iterations);
    }

    @Override
    public String algorithm() {
        return algorithm;
    }

    /** The iteration count this hasher writes. */
    public int iterations() {
        return iterations;
    }

    @Override
    public String encode(String password, String salt) {
        return encode(password, salt, iterations);
    }

    private String encode(String password, String salt, int rounds) {
        if (salt == null || salt.isEmpty() || salt.contains("$")) {
            throw new IllegalArgumentException("A " + algorithm + " salt must be non-empty and without '$'");
        }
        return algorithm + "$" + rounds + "$" + salt + "$" + Base64.getEncoder().encodeToString(derive(password, salt, rounds));
    }

    private byte[] derive(String password, String salt, int rounds) {
        // The JDK encodes the char[] as UTF-8, as Django's force_bytes does (NOTES: same bytes for "lètmein").
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt.getBytes(StandardCharsets.UTF_8), rounds, keyBits);
        try {
            return SecretKeyFactory.getInstance(jdkAlgorithm).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JVM cannot compute " + jdkAlgorithm, e);
        } finally {
            spec.clearPassword();
        }
    }

    @Override
    public boolean verify(String password, String encoded) {
        Decoded decoded = decode(encoded);
        String again = encode(password, decoded.salt(), decoded.iterations());
        return MessageDigest.isEqual(encoded.getBytes(StandardCharsets.UTF_8), again.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public boolean mustUpdate(String encoded) {
        Decoded decoded = decode(encoded);
        return decoded.iterations() != iterations || PasswordHasher.saltTooShort(decoded.salt());
    }

    @Override
    public void hardenRuntime(String password, String encoded) {
        int extra = iterations - decode(encoded).iterations();
        if (extra > 0) {
            derive(password, decode(encoded).salt(), extra);
        }
    }

    @Override
    public Map<String, Object> safeSummary(String encoded) {
        Decoded decoded = decode(encoded);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("algorithm", algorithm);
        summary.put("iterations", decoded.iterations());
        summary.put("salt", PasswordHasher.mask(decoded.salt()));
        summary.put("hash", PasswordHasher.mask(decoded.hash()));
        return summary;
    }

    private record Decoded(int iterations, String salt, String hash) {
    }

    private Decoded decode(String encoded) {
        String[] parts = encoded.split("\\$", 4);
        if (parts.length != 4 || !parts[0].equals(algorithm) || parts[2].isEmpty()) {
            throw notOurs();
        }
        try {
            int rounds = Integer.parseInt(parts[1]);
            if (rounds < 1) {
                throw notOurs();
            }
            return new Decoded(rounds, parts[2], parts[3]);
        } catch (NumberFormatException e) {
            throw notOurs();
        }
    }

    // Never quotes the stored text: it is a password hash.
    private IllegalArgumentException notOurs() {
        return new IllegalArgumentException("Not a " + algorithm + " hash: expected " + algorithm
                + "$<iterations>$<salt>$<hash>");
    }

    @Override
    public String toString() {
        return algorithm + " (" + iterations + " iterations)";
    }
}
