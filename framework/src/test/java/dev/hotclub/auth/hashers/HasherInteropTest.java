package dev.hotclub.auth.hashers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * 80 random passwords (accents, emoji, combining marks, no-break spaces, empty) hashed by Django 3.2 with
 * PBKDF2-SHA256, PBKDF2-SHA1, MD5 and Argon2 at small work factors (generate-django-hashes.py beside the data):
 * Hotclub writes the same text from the same salt, and verifies Django's.
 */
class HasherInteropTest {
    @Test
    void everyDjangoHashIsReproducedAndVerified() throws IOException {
        ObjectMapper json = new ObjectMapper();
        int cases = 0;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("django-hashes.jsonl"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                JsonNode c = json.readTree(line);
                JsonNode params = c.get("params");
                PasswordHasher hasher = switch (c.get("algorithm").asText()) {
                    case "pbkdf2_sha256" -> Pbkdf2PasswordHasher.sha256(params.get("iterations").asInt());
                    case "pbkdf2_sha1" -> Pbkdf2PasswordHasher.sha1(params.get("iterations").asInt());
                    case "md5" -> new Md5PasswordHasher();
                    default -> new Argon2PasswordHasher(params.get("time_cost").asInt(),
                            params.get("memory_cost").asInt(), params.get("parallelism").asInt());
                };
                String password = c.get("password").asText();
                String encoded = c.get("encoded").asText();
                assertThat(hasher.encode(password, c.get("salt").asText())).as(line).isEqualTo(encoded);
                assertThat(hasher.verify(password, encoded)).as(line).isTrue();
                assertThat(hasher.verify(password + "x", encoded)).as(line).isFalse();
                cases++;
            }
        }
        assertThat(cases).isEqualTo(80);
    }
}
