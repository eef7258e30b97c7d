package dev.hotclub.auth.validators;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hotclub.auth.internal.PythonText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * 600 random passwords and users (unicode digits, emails, names, common passwords and their variants) with
 * Django 3.2's validate_password answers and difflib's quick_ratio, made by generate-django-answers.py beside
 * the data.
 */
class DjangoAnswersTest {
    @Test
    void validatorsAndRatiosAgreeWithDjangoOnEveryGeneratedCase() throws IOException {
        PasswordValidators validators = PasswordValidators.defaults();
        ObjectMapper json = new ObjectMapper();
        int cases = 0;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("django-answers.jsonl"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                JsonNode c = json.readTree(line);
                Map<String, String> user = new HashMap<>();
                c.get("user").fields().forEachRemaining(e -> user.put(e.getKey(), e.getValue().asText()));
                List<List<String>> expected = new ArrayList<>();
                c.get("errors").forEach(e -> expected.add(List.of(e.get(0).asText(), e.get(1).asText())));
                List<List<String>> got = new ArrayList<>();
                try {
                    validators.validatePassword(c.get("password").asText(), UserAttributes.of(user));
                } catch (InvalidPassword invalid) {
                    invalid.errors().forEach(e -> got.add(List.of(e.code(), e.message())));
                }
                assertThat(got).as("password %s for %s", c.get("password"), user).isEqualTo(expected);
                assertThat(PythonText.quickRatio(c.get("a").asText(), c.get("b").asText()))
                        .as("%s / %s", c.get("a"), c.get("b")).isEqualTo(c.get("ratio").asDouble());
                cases++;
            }
        }
        assertThat(cases).isEqualTo(600);
    }
}
