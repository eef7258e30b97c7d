package dev.hotclub.auth.hashers;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Django's {@code MD5PasswordHasher} ({@code md5$<salt>$<hex md5(salt + password)>}): for tests only, where a
 * real hasher's fraction of a second per password adds up. Never for real passwords: it is fast to guess against.
 *
 * <pre>{@code
 * PASSWORD_HASHERS=md5 mvn test       // or PasswordHashers.of(new Md5PasswordHasher()) in the test settings
 * }</pre>
 */
public final class Md5PasswordHasher implements PasswordHasher {
    @Override
    public String algorithm() {
        return "md5";
    }

    @Override
    public String encode(String password, String salt) {
        if (salt == null || salt.isEmpty() || salt.contains("$")) {
            throw new IllegalArgumentException("An md5 salt must be non-empty and without '$'");
        }
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest((salt + password).getBytes(StandardCharsets.UTF_8));
            return "md5$" + salt + "$" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JVM lacks MD5", e);
        }
    }

    @Override
    public boolean verify(String password, String encoded) {
        String again = encode(password, salt(encoded));
        return MessageDigest.isEqual(encoded.getBytes(StandardCharsets.UTF_8), again.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public boolean mustUpdate(String encoded) {
        return PasswordHasher.saltTooShort(salt(encoded));
    }

    @Override
    public Map<String, Object> safeSummary(String encoded) {
        String[] parts = parts(encoded);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("algorithm", "md5");
        summary.put("salt", PasswordHasher.mask(parts[1]));
        summary.put("hash", PasswordHasher.mask(parts[2]));
        return summary;
    }

    private static String salt(String encoded) {
        return parts(encoded)[1];
    }

    private static String[] parts(String encoded) {
        String[] parts = encoded.split("\\$", 3);
        if (parts.length != 3 || !parts[0].equals("md5") || parts[1].isEmpty()) {
            throw new IllegalArgumentException("Not an md5 hash: expected md5$<salt>$<hash>");
        }
        return parts;
    }

    @Override
    public String toString() {
        return "md5 (tests only)";
    }
}
