package dev.hotclub.auth.hashers;

import dev.hotclub.auth.internal.RandomStrings;
import dev.hotclub.conf.ImproperlyConfigured;
import dev.hotclub.conf.Setting;
import dev.hotclub.conf.Settings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Django's {@code PASSWORD_HASHERS} and the functions over it ({@code make_password}, {@code check_password},
 * {@code is_password_usable}): the first hasher writes new hashes, every one listed can check the hashes it
 * wrote, and a correct password whose hash is not the first hasher's current kind is re-hashed through a setter
 * (the transparent upgrade at login). Immutable and thread-safe; build it once with the settings.
 *
 * <pre>{@code
 * PasswordHashers hashers = PasswordHashers.from(project.settings()); // PASSWORD_HASHERS, else the defaults
 * String stored = hashers.makePassword("s3cret-horse");         // pbkdf2_sha256$1000000$...
 * boolean ok = hashers.checkPassword(typed, stored, user::setPassword);
 * }</pre>
 */
public final class PasswordHashers {
    /** Django's {@code UNUSABLE_PASSWORD_PREFIX}: no hash starts with it, so no password matches. */
    public static final String UNUSABLE_PASSWORD_PREFIX = "!";
    /** Django's {@code UNUSABLE_PASSWORD_SUFFIX_LENGTH}: random characters after the prefix. */
    public static final int UNUSABLE_PASSWORD_SUFFIX_LENGTH = 40;

    private static final Map<String, String> DJANGO_CLASS_NAMES = Map.of(
            "django.contrib.auth.hashers.PBKDF2PasswordHasher", "pbkdf2_sha256",
            "django.contrib.auth.hashers.PBKDF2SHA1PasswordHasher", "pbkdf2_sha1",
            "django.contrib.auth.hashers.Argon2PasswordHasher", "argon2",
            "django.contrib.auth.hashers.MD5PasswordHasher", "md5");

    /**
     * PASSWORD_HASHERS: the hashers, the preferred first; in the environment their names, comma-separated
     * ({@link #named}), an empty variable meaning the defaults; in code {@code PasswordHashers.of(...)}.
     */
    public static final Setting<PasswordHashers> PASSWORD_HASHERS = Setting.of("PASSWORD_HASHERS", null,
            text -> Setting.splitList(text).isEmpty() ? defaults() : named(Setting.splitList(text)),
            "hashers' names, comma-separated, the preferred first,"
                    + " e.g. PASSWORD_HASHERS=pbkdf2_sha256,pbkdf2_sha1,argon2",
            "The password hashers, the preferred first; unset, pbkdf2_sha256, pbkdf2_sha1, argon2.");

    private final List<PasswordHasher> hashers;
    private final Map<String, PasswordHasher> byAlgorithm;

    private PasswordHashers(List<PasswordHasher> hashers) {
        if (hashers.isEmpty()) {
            throw new ImproperlyConfigured("PASSWORD_HASHERS is empty: list at least one hasher, the preferred first,"
                    + " e.g. PASSWORD_HASHERS=pbkdf2_sha256,pbkdf2_sha1,argon2");
        }
        Map<String, PasswordHasher> map = new LinkedHashMap<>();
        for (PasswordHasher hasher : hashers) {
            if (map.put(hasher.algorithm(), hasher) != null) {
                throw new ImproperlyConfigured("PASSWORD_HASHERS lists two hashers for the algorithm \""
                        + hasher.algorithm() + "\"; keep one of them");
            }
        }
        this.hashers = List.copyOf(hashers);
        this.byAlgorithm = Map.copyOf(map);
    }

    /** These hashers, the first preferred. */
    public static PasswordHashers of(PasswordHasher... hashers) {
        return new PasswordHashers(List.of(hashers));
    }

    /** The default list: PBKDF2-SHA256 (preferred), PBKDF2-SHA1, Argon2 (Django 3.2's, without bcrypt). */
    public static PasswordHashers defaults() {
        return of(Pbkdf2PasswordHasher.sha256(), Pbkdf2PasswordHasher.sha1(), Argon2PasswordHasher.djangoDefaults());
    }

    /**
     * The hashers named, the first preferred: {@code pbkdf2_sha256}, {@code pbkdf2_sha1}, {@code argon2},
     * {@code md5}, or Django's class paths for them ({@code django.contrib.auth.hashers.MD5PasswordHasher}).
     */
    public static PasswordHashers named(List<String> names) {
        List<PasswordHasher> list = new ArrayList<>();
        for (String name : names) {
            String algorithm = DJANGO_CLASS_NAMES.getOrDefault(name.trim(), name.trim());
            list.add(switch (algorithm) {
                case "pbkdf2_sha256" -> Pbkdf2PasswordHasher.sha256();
                case "pbkdf2_sha1" -> Pbkdf2PasswordHasher.sha1();
                case "argon2" -> Argon2PasswordHasher.djangoDefaults();
                case "md5" -> new Md5PasswordHasher();
                default -> throw new ImproperlyConfigured("PASSWORD_HASHERS names \"" + name + "\", which Hotclub does"
                        + " not have: use pbkdf2_sha256, pbkdf2_sha1, argon2 or md5 (tests only), the preferred first");
            });
        }
        return new PasswordHashers(list);
    }

    /** The project's PASSWORD_HASHERS, else {@link #defaults}. */
    public static PasswordHashers from(Settings settings) {
        PasswordHashers chosen = settings.get(PASSWORD_HASHERS);
        return chosen != null ? chosen : defaults();
    }

    /** The hasher that writes new hashes. */
    public PasswordHasher preferred() {
        return hashers.get(0);
    }

    /** All of them, the preferred first. */
    public List<PasswordHasher> hashers() {
        return hashers;
    }

    /** The hasher for {@code algorithm}, if listed. */
    public Optional<PasswordHasher> forAlgorithm(String algorithm) {
        return Optional.ofNullable(byAlgorithm.get(algorithm));
    }

    /** The listed hasher that wrote {@code encoded} (by its text before the first {@code $}), if any. */
    public Optional<PasswordHasher> identify(String encoded) {
        if (encoded == null) {
            return Optional.empty();
        }
        int dollar = encoded.indexOf('$');
        return dollar < 0 ? Optional.empty() : forAlgorithm(encoded.substring(0, dollar));
    }

    /**
     * Django's {@code make_password}: {@code password} hashed by the preferred hasher with a new salt, or an
     * unusable password when {@code password} is null ({@code User.set_unusable_password()}).
     */
    public String makePassword(String password) {
        return password == null ? unusablePassword() : preferred().encode(password, preferred().salt());
    }

    /** {@code password} hashed by the hasher for {@code algorithm} with {@code salt}: for fixtures and imports. */
    public String makePassword(String password, String salt, String algorithm) {
        PasswordHasher hasher = forAlgorithm(algorithm).orElseThrow(() -> new IllegalArgumentException(
                "Unknown password hashing algorithm '" + algorithm + "'. Did you specify it in the PASSWORD_HASHERS"
                        + " setting?"));
        return hasher.encode(password, salt);
    }

    /** {@code !} and 40 random letters and digits: matches no password, and differs for every user. */
    public static String unusablePassword() {
        return UNUSABLE_PASSWORD_PREFIX + RandomStrings.random(UNUSABLE_PASSWORD_SUFFIX_LENGTH);
    }

    /** Django's {@code is_password_usable}: false for what {@link #unusablePassword()} makes. */
    public static boolean isPasswordUsable(String encoded) {
        return encoded == null || !encoded.startsWith(UNUSABLE_PASSWORD_PREFIX);
    }

    /** {@link #checkPassword(String, String, Consumer)} without renewing an outdated hash. */
    public boolean checkPassword(String password, String encoded) {
        return checkPassword(password, encoded, null);
    }

    /**
     * Django's {@code check_password}: whether {@code password} matches {@code encoded}, in constant time. When
     * it does and the hash is of another algorithm than the preferred one, or of weaker settings, {@code setter}
     * (if not null) receives the password to store anew ({@code user.setPassword(p); save}). An unusable, empty,
     * unknown or garbled hash is false after running the preferred hasher once, so that such a user's check costs
     * what a real one does; a wrong password against an outdated hash pays the missing work
     * ({@link PasswordHasher#hardenRuntime}).
     */
    public boolean checkPassword(String password, String encoded, Consumer<String> setter) {
        Optional<PasswordHasher> identified = isPasswordUsable(encoded) ? identify(encoded) : Optional.empty();
        if (password == null || identified.isEmpty()) {
            return spendOneHash();
        }
        PasswordHasher hasher = identified.get();
        boolean hasherChanged = !hasher.algorithm().equals(preferred().algorithm());
        boolean correct;
        boolean mustUpdate;
        try {
            mustUpdate = hasherChanged || preferred().mustUpdate(encoded);
            correct = hasher.verify(password, encoded);
        } catch (IllegalArgumentException garbled) {
            return spendOneHash();
        }
        if (!correct && !hasherChanged && mustUpdate) {
            hasher.hardenRuntime(password, encoded);
        }
        if (correct && mustUpdate && setter != null) {
            setter.accept(password);
        }
        return correct;
    }

    /**
     * Always false, after the work of one check: for a login whose username matches nobody (Django's
     * ModelBackend hashes the password once), so that the response time does not tell which usernames exist.
     */
    public boolean checkPasswordForNoUser(String password) {
        return spendOneHash();
    }

    private boolean spendOneHash() {
        makePassword(RandomStrings.random(UNUSABLE_PASSWORD_SUFFIX_LENGTH));
        return false;
    }

    @Override
    public String toString() {
        return "PASSWORD_HASHERS" + hashers;
    }
}
