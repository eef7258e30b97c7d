package dev.hotclub.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The expected values were produced by Django 3.2.25's django.core.signing with
 * SECRET_KEY='hotclub-test-secret-key-0123456789' and time.time() patched to 1700000000.
 */
@DisplayName("Signing, as Django's django.core.signing")
class SigningTest {
    private static final String KEY = "hotclub-test-secret-key-0123456789";
    private static final String SESSION_SALT = "django.contrib.sessions.backends.signed_cookies";
    private static final Clock AT_1700000000 = Clock.fixed(Instant.ofEpochSecond(1_700_000_000), ZoneOffset.UTC);

    private static Map<String, Object> userSession() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("user", 42);
        data.put("name", "Zoë");
        data.put("items", List.of(1, 2, 3));
        return data;
    }

    @Test
    @DisplayName("saltedHmac is Django's django.utils.crypto.salted_hmac with SHA-256")
    void saltedHmac() {
        // salted_hmac('hotclub.tests', 'value é', KEY, algorithm='sha256').hexdigest() in Django 3.2
        assertEquals("87f889795318066d588ccb871ce8e5de6421d43edb6e228b45452c21daf00006",
                HexFormat.of().formatHex(Signing.saltedHmac("hotclub.tests", "value é", KEY)));
    }

    @Test
    @DisplayName("a Signer signs as Django's: value:signature with salted HMAC-SHA256")
    void signer() {
        assertEquals("hello:3_ro9PwvPiZWeRmvPLBEm_xQIfkVkfRZ-OgO7_S7oqs", new Signer(KEY, "x").sign("hello"));
        assertEquals("hello", new Signer(KEY, "x").unsign("hello:3_ro9PwvPiZWeRmvPLBEm_xQIfkVkfRZ-OgO7_S7oqs"));
    }

    @Test
    @DisplayName("a TimestampSigner adds the time in base 62")
    void timestampSigner() {
        assertEquals("hello:1r31eq:6bQtJ3-WLlImfxyry3rZS5BQuHM6JAk-a9UkQrEUqgU",
                new TimestampSigner(KEY, "x", AT_1700000000).sign("hello"));
    }

    @Test
    @DisplayName("dumps writes the bytes Django writes, uncompressed when compressing does not pay")
    void dumpsAsDjango() {
        assertEquals("eyJ1c2VyIjo0MiwibmFtZSI6IlpvXHUwMGViIiwiaXRlbXMiOlsxLDIsM119:1r31eq:"
                        + "0CLlP_Lb9wnFlz_fDTkrngYrplYgQtg2Vtw5P6qkOwM",
                Signing.dumps(userSession(), KEY, SESSION_SALT, true, AT_1700000000));
    }

    @Test
    @DisplayName("dumps compresses with zlib, marked by a leading dot, as Django")
    void dumpsCompressed() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("visits", 3);
        data.put("long", "a".repeat(200));
        assertEquals(".eJyrVirLLM4sKVayMtZRysnPS1eyUkocJkCpFgCZjVKy:1r31eq:AnpnDg5uHEXFPzbAHBDUW-uOET8AdElpcwhphC-s9xM",
                Signing.dumps(data, KEY, SESSION_SALT, true, AT_1700000000));
    }

    @Test
    @DisplayName("loads reads what Django wrote")
    void loadsDjangosValue() {
        Object value = Signing.loads(".eJyrVirLLM4sKVayMtZRysnPS1eyUkocJkCpFgCZjVKy:1r31eq:"
                + "AnpnDg5uHEXFPzbAHBDUW-uOET8AdElpcwhphC-s9xM", KEY, SESSION_SALT, null);
        assertEquals(Map.of("visits", 3, "long", "a".repeat(200)), value);
        assertEquals(userSession(), Signing.loads("eyJ1c2VyIjo0MiwibmFtZSI6IlpvXHUwMGViIiwiaXRlbXMiOlsxLDIsM119:1r31eq:"
                + "0CLlP_Lb9wnFlz_fDTkrngYrplYgQtg2Vtw5P6qkOwM", KEY, SESSION_SALT, null));
    }

    @Test
    @DisplayName("a value tampered with, signed with another key or salt, is a BadSignature")
    void tampered() {
        String good = Signing.dumps(Map.of("admin", false), KEY, SESSION_SALT, true);
        String forged = Signing.dumps(Map.of("admin", true), "another-key", SESSION_SALT, true);
        assertThrows(BadSignature.class, () -> Signing.loads(forged, KEY, SESSION_SALT, null));
        assertThrows(BadSignature.class, () -> Signing.loads(good, KEY, "another.salt", null));
        String flipped = (good.charAt(0) == 'e' ? 'f' : 'e') + good.substring(1);
        assertThrows(BadSignature.class, () -> Signing.loads(flipped, KEY, SESSION_SALT, null));
        assertThrows(BadSignature.class, () -> Signing.loads("no signature", KEY, SESSION_SALT, null));
    }

    @Test
    @DisplayName("a value older than the maximum age is a SignatureExpired")
    void expired() {
        String old = Signing.dumps(Map.of("a", 1), KEY, SESSION_SALT, true, AT_1700000000);
        Clock twoWeeksLater = Clock.offset(AT_1700000000, Duration.ofDays(14).plusSeconds(1));
        SignatureExpired e = assertThrows(SignatureExpired.class,
                () -> Signing.loads(old, KEY, SESSION_SALT, Duration.ofDays(14), twoWeeksLater));
        assertEquals("Signature age 1209601 > 1209600 seconds", e.getMessage());
        assertEquals(Map.of("a", 1), Signing.loads(old, KEY, SESSION_SALT, Duration.ofDays(15), twoWeeksLater));
    }

    @Test
    @DisplayName("signing without a SECRET_KEY is an error saying how to set one")
    void noSecretKey() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Signing.dumps(Map.of("a", 1), null, SESSION_SALT, true));
        assertTrue(e.getMessage().startsWith("No SECRET_KEY is set, and signing (" + SESSION_SALT + ") needs one."
                + " Set it with Project.named(...).secretKey(...)"), e.getMessage());
    }
}
