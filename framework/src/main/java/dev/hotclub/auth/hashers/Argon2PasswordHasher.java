package dev.hotclub.auth.hashers;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Django's {@code Argon2PasswordHasher}: {@code argon2$argon2id$v=19$m=102400,t=2,p=8$<salt>$<hash>} (the text
 * argon2-cffi writes, salt and hash in unpadded base64, after Django's {@code argon2} prefix), on Bouncy Castle.
 * Verifies the argon2i, argon2d and argon2id hashes of any version Django has written, including the old
 * version-less {@code argon2$argon2i$m=...} form; writes Django 3.2's parameters unless given others.
 *
 * <pre>{@code
 * PasswordHashers.of(Argon2PasswordHasher.djangoDefaults(), Pbkdf2PasswordHasher.sha256())
 * }</pre>
 */
public final class Argon2PasswordHasher implements PasswordHasher {
    private static final int HASH_BYTES = 16;          // argon2-cffi's DEFAULT_HASH_LENGTH
    private static final int VERSION_13 = 0x13;        // v=19, what argon2-cffi writes

    private final int timeCost;
    private final int memoryCostKib;
    private final int parallelism;

    /** Argon2id with {@code timeCost} passes over {@code memoryCostKib} KiB in {@code parallelism} lanes. */
    public Argon2PasswordHasher(int timeCost, int memoryCostKib, int parallelism) {
        if (timeCost < 1 || parallelism < 1 || memoryCostKib < 8 * parallelism) {
            throw new IllegalArgumentException("Argon2 needs time cost >= 1, parallelism >= 1 and memory cost >= 8 KiB"
                    + " per lane; got t=" + timeCost + ", m=" + memoryCostKib + ", p=" + parallelism);
        }
        this.timeCost = timeCost;
        this.memoryCostKib = memoryCostKib;
        this.parallelism = parallelism;
    }

    /** Django 3.2's parameters: t=2, m=102400 KiB (100 MiB per hash), p=8. */
    public static Argon2PasswordHasher djangoDefaults() {
        return new Argon2PasswordHasher(2, 102_400, 8);
    }

    @Override
    public String algorithm() {
        return "argon2";
    }

    @Override
    public String encode(String password, String salt) {
        if (salt == null || salt.isEmpty() || salt.contains("$")) {
            throw new IllegalArgumentException("An argon2 salt must be non-empty and without '$'");
        }
        Params params = new Params("argon2id", VERSION_13, memoryCostKib, timeCost, parallelism);
        byte[] saltBytes = salt.getBytes(StandardCharsets.UTF_8);
        byte[] hash = derive(password, saltBytes, params, HASH_BYTES);
        return "argon2$" + params.text() + "$" + base64(saltBytes) + "$" + base64(hash);
    }

    @Override
    public boolean verify(String password, String encoded) {
        Decoded decoded = decode(encoded);
        byte[] again = derive(password, decoded.salt(), decoded.params(), decoded.hash().length);
        return MessageDigest.isEqual(decoded.hash(), again);
    }

    @Override
    public boolean mustUpdate(String encoded) {
        Decoded decoded = decode(encoded);
        Params current = new Params("argon2id", VERSION_13, memoryCostKib, timeCost, parallelism);
        return !decoded.params().equals(current) || decoded.hash().length != HASH_BYTES
                || PasswordHasher.saltTooShort(new String(decoded.salt(), StandardCharsets.ISO_8859_1));
    }

    /** Django's too: Argon2's cost has three knobs, no sensible "extra work" to make up the difference. */
    @Override
    public void hardenRuntime(String password, String encoded) {
    }

    @Override
    public Map<String, Object> safeSummary(String encoded) {
        Decoded decoded = decode(encoded);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("algorithm", "argon2");
        summary.put("variety", decoded.params().variety());
        summary.put("version", decoded.params().version());
        summary.put("memory cost", decoded.params().memoryKib());
        summary.put("time cost", decoded.params().iterations());
        summary.put("parallelism", decoded.params().lanes());
        summary.put("salt", PasswordHasher.mask(new String(decoded.salt(), StandardCharsets.ISO_8859_1)));
        summary.put("hash", PasswordHasher.mask(base64(decoded.hash())));
        return summary;
    }

    private record Params(String variety, int version, int memoryKib, int iterations, int lanes) {
        String text() {
            return variety + "$v=" + version + "$m=" + memoryKib + ",t=" + iterations + ",p=" + lanes;
        }

        int type() {
            return switch (variety) {
                case "argon2id" -> Argon2Parameters.ARGON2_id;
                case "argon2i" -> Argon2Parameters.ARGON2_i;
                default -> Argon2Parameters.ARGON2_d;
            };
        }
    }

    private record Decoded(Params params, byte[] salt, byte[] hash) {
    }

    private static byte[] derive(String password, byte[] salt, Params params, int length) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(params.type())
                .withVersion(params.version())
                .withIterations(params.iterations())
                .withMemoryAsKB(params.memoryKib())
                .withParallelism(params.lanes())
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] out = new byte[length];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }

    private static Decoded decode(String encoded) {
        // argon2$<variety>[$v=<version>]$m=<kib>,t=<passes>,p=<lanes>$<salt>$<hash>
        String[] parts = encoded.split("\\$", -1);
        if (parts.length < 5 || parts.length > 6 || !parts[0].equals("argon2")
                || !parts[1].matches("argon2(id|i|d)")) {
            throw notOurs();
        }
        int next = 2;
        int version = 0x10;                     // no v= field: the 1.0 algorithm (Django before argon2-cffi 16)
        if (parts.length == 6) {
            if (!parts[2].startsWith("v=")) {
                throw notOurs();
            }
            version = number(parts[2].substring(2));
            if (version != 0x10 && version != 0x13) {
                throw notOurs();
            }
            next = 3;
        }
        int memory = -1;
        int passes = -1;
        int lanes = -1;
        for (String field : parts[next].split(",", -1)) {
            if (field.startsWith("m=")) {
                memory = number(field.substring(2));
            } else if (field.startsWith("t=")) {
                passes = number(field.substring(2));
            } else if (field.startsWith("p=")) {
                lanes = number(field.substring(2));
            } else {
                throw notOurs();
            }
        }
        if (memory < 8 || passes < 1 || lanes < 1) {
            throw notOurs();
        }
        try {
            byte[] salt = Base64.getDecoder().decode(parts[next + 1]);
            byte[] hash = Base64.getDecoder().decode(parts[next + 2]);
            if (hash.length < 4) {
                throw notOurs();
            }
            return new Decoded(new Params(parts[1], version, memory, passes, lanes), salt, hash);
        } catch (IllegalArgumentException e) {
            throw notOurs();
        }
    }

    private static int number(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw notOurs();
        }
    }

    private static IllegalArgumentException notOurs() {
        return new IllegalArgumentException("Not an argon2 hash: expected"
                + " argon2$argon2id$v=19$m=<KiB>,t=<passes>,p=<lanes>$<salt>$<hash>");
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String toString() {
        return "argon2 (argon2id, t=" + timeCost + ", m=" + memoryCostKib + ", p=" + parallelism + ")";
    }
}
