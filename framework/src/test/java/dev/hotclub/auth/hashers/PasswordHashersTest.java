package dev.hotclub.auth.hashers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hotclub.conf.ImproperlyConfigured;
import dev.hotclub.conf.Settings;
import dev.hotclub.project.Env;
import dev.hotclub.project.Project;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hashes below were made by Django 3.2's make_password (the commands are in docs/AUTH.md, "Passwords"). */
class PasswordHashersTest {
    private static final String DJANGO_260K = "pbkdf2_sha256$260000$seasalt$YlZ2Vggtqdc61YjArZuoApoBh9JNGYoDRBUGu6tcJQo=";
    private static final String DJANGO_SHA1 = "pbkdf2_sha1$260000$seasalt$XXHk2gQ7tjWIyrS320RXXsGqkUg=";
    private static final String DJANGO_MD5 = "md5$seasalt$3f86d0d3d465b7b458c231bf3555c0e3";

    // 1,000 iterations: the paths are the same as with a million, and the tests stay fast.
    private final PasswordHashers fast = PasswordHashers.of(Pbkdf2PasswordHasher.sha256(1_000), Pbkdf2PasswordHasher.sha1(),
            new Md5PasswordHasher());

    @Test
    void djangoPbkdf2HashesVerifyAndWrongPasswordsDoNot() {
        Pbkdf2PasswordHasher sha256 = Pbkdf2PasswordHasher.sha256();
        assertThat(sha256.verify("lètmein", DJANGO_260K)).isTrue();
        assertThat(sha256.verify("letmein", DJANGO_260K)).isFalse();
        assertThat(sha256.verify("", "pbkdf2_sha256$260000$emptysalt$euWUr4Shsh8AzuIzAp9fFTRmNE5aZ6OEK1wPW7cqMLk=")).isTrue();
        assertThat(Pbkdf2PasswordHasher.sha1().verify("lètmein", DJANGO_SHA1)).isTrue();
        assertThat(new Md5PasswordHasher().verify("lètmein", DJANGO_MD5)).isTrue();
        assertThat(new Md5PasswordHasher().verify("lètmeout", DJANGO_MD5)).isFalse();
    }

    @Test
    void theDefaultIterationCountMatchesDjango52sPublishedVector() {
        assertThat(Pbkdf2PasswordHasher.DEFAULT_ITERATIONS).isEqualTo(1_000_000);
        assertThat(Pbkdf2PasswordHasher.sha256().encode("lètmein", "seasalt"))
                .isEqualTo("pbkdf2_sha256$1000000$seasalt$r1uLUxoxpP2Ued/qxvmje7UH9PUJBkRrvf9gGPL7Cps=");
    }

    @Test
    void encodingWithDjangosSaltAndCountWritesDjangosExactText() {
        assertThat(Pbkdf2PasswordHasher.sha256(260_000).encode("correct horse", "Ho8lJ2ZMVXbCTH7XamvfKk"))
                .isEqualTo("pbkdf2_sha256$260000$Ho8lJ2ZMVXbCTH7XamvfKk$Vww2tU5QS0UyDn+QLtNvXIS9B/50LRzRxW1x344jA78=");
        assertThat(Pbkdf2PasswordHasher.sha1(260_000).encode("lètmein", "seasalt")).isEqualTo(DJANGO_SHA1);
        assertThat(new Md5PasswordHasher().encode("lètmein", "seasalt")).isEqualTo(DJANGO_MD5);
    }

    @Test
    void newHashesUseThePreferredHasherAndA22CharacterSalt() {
        String encoded = fast.makePassword("s3cret");
        assertThat(encoded).matches("pbkdf2_sha256\\$1000\\$[a-zA-Z0-9]{22}\\$[A-Za-z0-9+/]{43}=");
        assertThat(fast.makePassword("s3cret")).isNotEqualTo(encoded);
        assertThat(fast.checkPassword("s3cret", encoded)).isTrue();
        assertThat(fast.checkPassword("s3cre", encoded)).isFalse();
    }

    @Test
    void aCorrectPasswordWithFewerIterationsIsRehashedThroughTheSetter() {
        PasswordHashers current = PasswordHashers.of(Pbkdf2PasswordHasher.sha256(300_000));
        List<String> renewed = new ArrayList<>();
        assertThat(current.checkPassword("lètmein", DJANGO_260K, renewed::add)).isTrue();
        assertThat(renewed).containsExactly("lètmein");
        assertThat(current.makePassword(renewed.get(0))).startsWith("pbkdf2_sha256$300000$");

        renewed.clear();
        assertThat(current.checkPassword("wrong", DJANGO_260K, renewed::add)).isFalse();
        assertThat(renewed).isEmpty();
    }

    @Test
    void aCorrectPasswordUnderANonPreferredHasherIsRehashed() {
        List<String> renewed = new ArrayList<>();
        assertThat(fast.checkPassword("lètmein", DJANGO_SHA1, renewed::add)).isTrue();
        assertThat(fast.checkPassword("lètmein", DJANGO_MD5, renewed::add)).isTrue();
        assertThat(renewed).containsExactly("lètmein", "lètmein");
    }

    @Test
    void aCurrentHashIsNotRehashed() {
        List<String> renewed = new ArrayList<>();
        String encoded = fast.makePassword("pw");
        assertThat(fast.checkPassword("pw", encoded, renewed::add)).isTrue();
        assertThat(renewed).isEmpty();
    }

    @Test
    void aShortSaltIsRenewedEvenWithTheRightIterationCount() {
        assertThat(Pbkdf2PasswordHasher.sha256(260_000).mustUpdate(DJANGO_260K)).isTrue();
        assertThat(Pbkdf2PasswordHasher.sha256(260_000).mustUpdate(
                "pbkdf2_sha256$260000$Ho8lJ2ZMVXbCTH7XamvfKk$Vww2tU5QS0UyDn+QLtNvXIS9B/50LRzRxW1x344jA78=")).isFalse();
        assertThat(Pbkdf2PasswordHasher.sha256().mustUpdate(
                "pbkdf2_sha256$260000$Ho8lJ2ZMVXbCTH7XamvfKk$Vww2tU5QS0UyDn+QLtNvXIS9B/50LRzRxW1x344jA78=")).isTrue();
    }

    @Test
    void unusablePasswordsAreBangAnd40RandomCharactersAndMatchNothing() {
        String unusable = fast.makePassword(null);
        assertThat(unusable).matches("![a-zA-Z0-9]{40}");
        assertThat(PasswordHashers.unusablePassword()).isNotEqualTo(unusable);
        assertThat(PasswordHashers.isPasswordUsable(unusable)).isFalse();
        assertThat(PasswordHashers.isPasswordUsable(DJANGO_260K)).isTrue();
        assertThat(fast.checkPassword(unusable, unusable)).isFalse();
        assertThat(fast.checkPassword("", unusable)).isFalse();
    }

    @Test
    void unknownGarbledOrMissingHashesAreFalseNotErrors() {
        assertThat(fast.checkPassword("x", null)).isFalse();
        assertThat(fast.checkPassword(null, DJANGO_260K)).isFalse();
        assertThat(fast.checkPassword("x", "")).isFalse();
        assertThat(fast.checkPassword("x", "bcrypt_sha256$$2b$12$abc")).isFalse();
        assertThat(fast.checkPassword("x", "pbkdf2_sha256$lots$salt$hash")).isFalse();
        assertThat(fast.checkPassword("x", "pbkdf2_sha256$260000")).isFalse();
        assertThat(fast.checkPassword("x", "md5$")).isFalse();
    }

    @Test
    void uncheckableHashesAndUnknownUsersCostOneHashOfThePreferredHasher() {
        CountingHasher counting = new CountingHasher();
        PasswordHashers hashers = PasswordHashers.of(counting, new Md5PasswordHasher());
        assertThat(hashers.checkPasswordForNoUser("guess")).isFalse();
        assertThat(hashers.checkPassword("guess", PasswordHashers.unusablePassword())).isFalse();
        assertThat(hashers.checkPassword("guess", "sha1$$unknown")).isFalse();
        assertThat(hashers.checkPassword("guess", null)).isFalse();
        assertThat(counting.encodes).isEqualTo(4);
    }

    @Test
    void aWrongPasswordAgainstAnOutdatedHashOfTheSameAlgorithmPaysTheMissingWork() {
        CountingHasher counting = new CountingHasher();
        PasswordHashers hashers = PasswordHashers.of(counting, new Md5PasswordHasher());
        String outdated = "counting$old$" + "x";
        assertThat(hashers.checkPassword("wrong", outdated)).isFalse();
        assertThat(counting.hardened).isEqualTo(1);
        // Another algorithm: Django does not hide the hasher change, nor do we.
        assertThat(hashers.checkPassword("wrong", DJANGO_MD5)).isFalse();
        assertThat(counting.hardened).isEqualTo(1);
    }

    @Test
    void hashersAreChosenByNameOrByDjangosClassPath() {
        PasswordHashers hashers = PasswordHashers.named(List.of("django.contrib.auth.hashers.MD5PasswordHasher",
                "pbkdf2_sha256", "django.contrib.auth.hashers.PBKDF2SHA1PasswordHasher", "argon2"));
        assertThat(hashers.hashers()).extracting(PasswordHasher::algorithm)
                .containsExactly("md5", "pbkdf2_sha256", "pbkdf2_sha1", "argon2");
        assertThat(hashers.makePassword("pw")).startsWith("md5$");
        assertThat(PasswordHashers.defaults().preferred().algorithm()).isEqualTo("pbkdf2_sha256");
    }

    @Test
    void hashersComeFromTheProjectsSettings() {
        assertThat(PasswordHashers.from(Settings.defaults()).hashers()).extracting(PasswordHasher::algorithm)
                .containsExactly("pbkdf2_sha256", "pbkdf2_sha1", "argon2");
        assertThat(PasswordHashers.from(built(Map.of("PASSWORD_HASHERS", "md5,pbkdf2_sha256"))).hashers())
                .extracting(PasswordHasher::algorithm).containsExactly("md5", "pbkdf2_sha256");
        assertThat(PasswordHashers.from(built(Map.of("PASSWORD_HASHERS", " "))).preferred().algorithm())
                .as("an empty variable: the defaults").isEqualTo("pbkdf2_sha256");
        assertThat(PasswordHashers.from(Project.named("p").set(PasswordHashers.PASSWORD_HASHERS, fast).build()
                .settings())).as("set in code").isSameAs(fast);
        assertThatThrownBy(() -> built(Map.of("PASSWORD_HASHERS", "pbkdf2_sha256,bcrypt")))
                .isInstanceOf(ImproperlyConfigured.class)
                .hasMessage("PASSWORD_HASHERS names \"bcrypt\", which Hotclub does not have: use pbkdf2_sha256,"
                        + " pbkdf2_sha1, argon2 or md5 (tests only), the preferred first");
    }

    private static Settings built(Map<String, String> environment) {
        return Env.withDefaults(environment, () -> Project.named("p").build()).settings();
    }

    @Test
    void aWrongHashersListIsAnErrorThatSaysWhatToWrite() {
        assertThatThrownBy(() -> PasswordHashers.named(List.of("pbkdf2_sha256", "bcrypt")))
                .isInstanceOf(ImproperlyConfigured.class)
                .hasMessage("PASSWORD_HASHERS names \"bcrypt\", which Hotclub does not have: use pbkdf2_sha256,"
                        + " pbkdf2_sha1, argon2 or md5 (tests only), the preferred first");
        assertThatThrownBy(() -> PasswordHashers.named(List.of()))
                .hasMessage("PASSWORD_HASHERS is empty: list at least one hasher, the preferred first, e.g."
                        + " PASSWORD_HASHERS=pbkdf2_sha256,pbkdf2_sha1,argon2");
        assertThatThrownBy(() -> PasswordHashers.named(List.of("md5", "md5")))
                .hasMessage("PASSWORD_HASHERS lists two hashers for the algorithm \"md5\"; keep one of them");
        assertThatThrownBy(() -> fast.makePassword("pw", "salt", "argon2"))
                .hasMessage("Unknown password hashing algorithm 'argon2'. Did you specify it in the PASSWORD_HASHERS"
                        + " setting?");
    }

    @Test
    void theSafeSummaryMasksSaltAndHashAsDjangosDoes() {
        assertThat(Pbkdf2PasswordHasher.sha256().safeSummary(DJANGO_260K)).containsExactly(
                Map.entry("algorithm", "pbkdf2_sha256"), Map.entry("iterations", 260000),
                Map.entry("salt", "seasal*"), Map.entry("hash", "YlZ2Vg" + "*".repeat(38)));
    }

    /** A real (trivial) hasher that counts its work, to see which paths run it. */
    private static final class CountingHasher implements PasswordHasher {
        int encodes;
        int hardened;

        @Override
        public String algorithm() {
            return "counting";
        }

        @Override
        public String encode(String password, String salt) {
            encodes++;
            return "counting$" + salt + "$" + password;
        }

        @Override
        public boolean verify(String password, String encoded) {
            return encoded.endsWith("$" + password);
        }

        @Override
        public boolean mustUpdate(String encoded) {
            return encoded.startsWith("counting$old$");
        }

        @Override
        public void hardenRuntime(String password, String encoded) {
            hardened++;
        }

        @Override
        public Map<String, Object> safeSummary(String encoded) {
            return Map.of();
        }
    }
}
