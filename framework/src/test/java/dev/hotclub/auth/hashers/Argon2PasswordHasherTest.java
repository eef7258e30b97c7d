package dev.hotclub.auth.hashers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hashes below were made by Django 3.2's Argon2PasswordHasher and by argon2-cffi 21.1 directly. */
class Argon2PasswordHasherTest {
    private static final String DJANGO_DEFAULTS =
            "argon2$argon2id$v=19$m=102400,t=2,p=8$SG84bEoyWk1WWGJDVEg3WGFtdmZLaw$qPn7o4O/r35Ta85tEkaSgQ";
    private static final String DJANGO_SMALL =
            "argon2$argon2id$v=19$m=64,t=1,p=2$SG84bEoyWk1WWGJDVEg3WGFtdmZLaw$Enk6Ss0XgJLSl9W8WE/0ow";

    private final Argon2PasswordHasher small = new Argon2PasswordHasher(1, 64, 2);

    @Test
    void aHashDjangoMadeWithItsDefaultsVerifies() {
        Argon2PasswordHasher hasher = Argon2PasswordHasher.djangoDefaults();
        assertThat(hasher.verify("lètmein", DJANGO_DEFAULTS)).isTrue();
        assertThat(hasher.mustUpdate(DJANGO_DEFAULTS)).isFalse();
    }

    @Test
    void encodingWritesArgon2CffisExactText() {
        assertThat(small.encode("lètmein", "Ho8lJ2ZMVXbCTH7XamvfKk")).isEqualTo(DJANGO_SMALL);
        assertThat(small.encode("😀 pass", "abcdefghijklmnopqrstuv")).isEqualTo(
                "argon2$argon2id$v=19$m=64,t=1,p=2$YWJjZGVmZ2hpamtsbW5vcHFyc3R1dg$RQp4BuMve01ExoUsV5FP0g");
        assertThat(small.verify("lètmeout", DJANGO_SMALL)).isFalse();
    }

    @Test
    void otherVarietiesVersionsAndHashLengthsVerify() {
        assertThat(small.verify("lètmein",
                "argon2$argon2i$v=19$m=128,t=2,p=1$YWJjZGVmZ2hpamtsbW5vcHFyc3R1dg$QHmjP4E/FvKdCenLLpEuNw")).isTrue();
        assertThat(small.verify("lètmein",
                "argon2$argon2i$v=16$m=128,t=2,p=1$YWJjZGVmZ2hpamtsbW5vcHFyc3R1dg$Or3+sEemJmdQ2uyNXXg2Zg")).isTrue();
        // Django before argon2-cffi 16 wrote no v= field: version 1.0.
        assertThat(small.verify("lètmein",
                "argon2$argon2i$m=128,t=2,p=1$YWJjZGVmZ2hpamtsbW5vcHFyc3R1dg$Or3+sEemJmdQ2uyNXXg2Zg")).isTrue();
        assertThat(small.verify("lètmein", "argon2$argon2id$v=19$m=64,t=1,p=1$YWJjZGVmZ2hpamtsbW5vcHFyc3R1dg"
                + "$TvgaZw6hJ+LUSTAGvv0nTPAZyRFZkBKqasT8iYdCpTg")).isTrue();
    }

    @Test
    void otherParametersAreRenewedAtLogin() {
        assertThat(small.mustUpdate(DJANGO_SMALL)).isFalse();
        assertThat(small.mustUpdate(DJANGO_DEFAULTS)).isTrue();
        assertThat(small.mustUpdate(
                "argon2$argon2i$v=19$m=64,t=1,p=2$SG84bEoyWk1WWGJDVEg3WGFtdmZLaw$Enk6Ss0XgJLSl9W8WE/0ow")).isTrue();
        List<String> renewed = new ArrayList<>();
        PasswordHashers preferSmall = PasswordHashers.of(small);
        assertThat(preferSmall.checkPassword("lètmein",
                "argon2$argon2i$v=19$m=128,t=2,p=1$YWJjZGVmZ2hpamtsbW5vcHFyc3R1dg$QHmjP4E/FvKdCenLLpEuNw",
                renewed::add)).isTrue();
        assertThat(renewed).containsExactly("lètmein");
    }

    @Test
    void garbledArgon2TextIsFalse() {
        PasswordHashers hashers = PasswordHashers.of(small);
        assertThat(hashers.checkPassword("x", "argon2$argon2x$v=19$m=64,t=1,p=2$c2FsdA$aGFzaA")).isFalse();
        assertThat(hashers.checkPassword("x", "argon2$argon2id$v=19$m=64,t=1$c2FsdA$aGFzaGhhc2g")).isFalse();
        assertThat(hashers.checkPassword("x", "argon2$argon2id$v=19$m=64,t=1,p=2$***$aGFzaGhhc2g")).isFalse();
    }

    @Test
    void theSummaryShowsParametersAndMasksTheRest() {
        assertThat(small.safeSummary(DJANGO_SMALL)).containsEntry("variety", "argon2id").containsEntry("version", 19)
                .containsEntry("memory cost", 64).containsEntry("time cost", 1).containsEntry("parallelism", 2)
                .containsEntry("salt", "Ho8lJ2" + "*".repeat(16));
    }
}
