package dev.hotclub.auth.validators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hotclub.auth.internal.PythonText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tables are Django 3.2's answers: validate_password with startproject's four validators, for a User with
 * these attributes, and difflib.SequenceMatcher.quick_ratio (the script is in docs/AUTH.md, "Validators").
 */
class PasswordValidatorsTest {
    private static final UserAttributes ALICE = UserAttributes.of(Map.of("username", "alice_wonder",
            "first_name", "Alice", "last_name", "Liddell", "email", "alice.liddell@example.com"));
    private static final UserAttributes AB = UserAttributes.of(Map.of("username", "ab", "email", "a@b."));

    private record Row(String password, List<String> codesAndMessages) {
    }

    private static Row row(String password, String... codesAndMessages) {
        return new Row(password, List.of(codesAndMessages));
    }

    private record Ratio(String a, String b, double expected) {
    }

    private static Ratio ratio(String a, String b, double expected) {
        return new Ratio(a, b, expected);
    }

    private static final List<Row> ALICE_ROWS = List.of(
            row("password", "password_too_common", "This password is too common."),
            row("12345678", "password_too_common", "This password is too common.", "password_entirely_numeric", "This password is entirely numeric."),
            row("alice_wonder", "password_too_similar", "The password is too similar to the username."),
            row("AliceWonder1", "password_too_similar", "The password is too similar to the username."),
            row("liddell99", "password_too_similar", "The password is too similar to the last name."),
            row("example.com", "password_too_similar", "The password is too similar to the email address."),
            row("liddellalice", "password_too_similar", "The password is too similar to the last name."),
            row("Tr0ub4dor&3"),
            row("correct horse battery staple"),
            row("short", "password_too_short", "This password is too short. It must contain at least 8 characters."),
            row("x", "password_too_short", "This password is too short. It must contain at least 8 characters.", "password_too_common", "This password is too common."),
            row("", "password_too_short", "This password is too short. It must contain at least 8 characters."),
            row("1234567", "password_too_short", "This password is too short. It must contain at least 8 characters.", "password_too_common", "This password is too common.", "password_entirely_numeric", "This password is entirely numeric."),
            row("\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18\uff19", "password_entirely_numeric", "This password is entirely numeric."),
            row("\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079\u00b9", "password_entirely_numeric", "This password is entirely numeric."),
            row("\u00bd\u00bd\u00bd\u00bd\u00bd\u00bd\u00bd\u00bd\u00bd"),
            row("  Password  ", "password_too_common", "This password is too common."),
            row("PASSWORD", "password_too_common", "This password is too common."),
            row("ecila_rednow", "password_too_similar", "The password is too similar to the username."),
            row("wonder", "password_too_short", "This password is too short. It must contain at least 8 characters.", "password_too_common", "This password is too common."),
            row("alicealicealicealicealicealice"),
            row("zq9$kLm!vb2#Rt"),
            row("iloveyou", "password_too_common", "This password is too common."),
            row("Liddell", "password_too_similar", "The password is too similar to the last name.", "password_too_short", "This password is too short. It must contain at least 8 characters."),
            row("\u00e9lan vital 2024"),
            row("\ud83d\ude00\ud83d\ude00\ud83d\ude00\ud83d\ude00\ud83d\ude00\ud83d\ude00\ud83d\ude00", "password_too_short", "This password is too short. It must contain at least 8 characters."));

    private static final List<Row> AB_ROWS = List.of(
            row("1", "password_too_short", "This password is too short. It must contain at least 8 characters.", "password_too_common", "This password is too common.", "password_entirely_numeric", "This password is entirely numeric."),
            row("password", "password_too_common", "This password is too common."),
            row("ab", "password_too_similar", "The password is too similar to the username.", "password_too_short", "This password is too short. It must contain at least 8 characters."),
            row("", "password_too_similar", "The password is too similar to the email address.", "password_too_short", "This password is too short. It must contain at least 8 characters."),
            row("a@b.", "password_too_similar", "The password is too similar to the email address.", "password_too_short", "This password is too short. It must contain at least 8 characters."));

    private static final List<Ratio> RATIOS = List.of(
            ratio("abcd", "bcde", 0.75),
            ratio("password", "passwort", 0.875),
            ratio("", "", 1.0),
            ratio("a", "", 0.0),
            ratio("alice", "ecila", 1.0),
            ratio("aaab", "abbb", 0.5),
            ratio("\ud83d\ude00x", "x\ud83d\ude00y", 0.8),
            ratio("hello world", "world hello", 1.0),
            ratio("liddell", "liddellalice", 0.7368421052631579),
            ratio("abc", "xyz", 0.0),
            ratio("aaaa", "a", 0.4));

    private final PasswordValidators validators = PasswordValidators.defaults();

    @Test
    void startprojectsValidatorsAnswerAsDjangoDoes() {
        assertRows(ALICE, ALICE_ROWS);
        assertRows(AB, AB_ROWS);
    }

    private void assertRows(UserAttributes user, List<Row> rows) {
        for (Row row : rows) {
            List<String> got = new ArrayList<>();
            try {
                validators.validatePassword(row.password(), user);
            } catch (InvalidPassword invalid) {
                invalid.errors().forEach(e -> {
                    got.add(e.code());
                    got.add(e.message());
                });
            }
            assertThat(got).as("password %s", row.password()).isEqualTo(row.codesAndMessages());
        }
    }

    @Test
    void quickRatioIsDifflibs() {
        for (Ratio r : RATIOS) {
            assertThat(PythonText.quickRatio(r.a(), r.b())).as("%s / %s", r.a(), r.b()).isEqualTo(r.expected());
        }
    }

    @Test
    void allReasonsComeBackTogetherWithTheirParams() {
        assertThatThrownBy(() -> validators.validatePassword("1234567", UserAttributes.none()))
                .isInstanceOfSatisfying(InvalidPassword.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("This password is too short. It must contain at least 8"
                            + " characters. This password is too common. This password is entirely numeric.");
                    assertThat(e.errors().get(0).params()).isEqualTo(Map.of("min_length", 8));
                });
        assertThatThrownBy(() -> validators.validatePassword("liddell99", ALICE))
                .isInstanceOfSatisfying(InvalidPassword.class, e -> assertThat(e.errors().get(0).params())
                        .isEqualTo(Map.of("verbose_name", "last name")));
    }

    @Test
    void withoutAUserOnlyTheOtherValidatorsRun() {
        validators.validatePassword("alice_wonder", UserAttributes.none());
        PasswordValidators.none().validatePassword("", UserAttributes.none());
    }

    @Test
    void theMinimumLengthMessageIsSingularForOne() {
        MinimumLengthValidator one = new MinimumLengthValidator(1);
        assertThatThrownBy(() -> one.validate("", UserAttributes.none()))
                .hasMessage("This password is too short. It must contain at least 1 character.");
        assertThat(one.helpText()).isEqualTo("Your password must contain at least 1 character.");
        assertThat(new MinimumLengthValidator(12).helpText()).isEqualTo("Your password must contain at least 12 characters.");
    }

    @Test
    void helpTextsAreDjangosInOrderAndEscapedInHtml() {
        assertThat(validators.helpTexts()).containsExactly(
                "Your password can’t be too similar to your other personal information.",
                "Your password must contain at least 8 characters.",
                "Your password can’t be a commonly used password.",
                "Your password can’t be entirely numeric.");
        PasswordValidators custom = PasswordValidators.of(new NumericPasswordValidator(), new PasswordValidator() {
            @Override
            public void validate(String password, UserAttributes user) {
            }

            @Override
            public String helpText() {
                return "No <script> & no 'quotes'";
            }
        });
        assertThat(custom.helpTextHtml()).isEqualTo("<ul><li>Your password can’t be entirely numeric.</li>"
                + "<li>No &lt;script&gt; &amp; no &#x27;quotes&#x27;</li></ul>");
        assertThat(PasswordValidators.none().helpTextHtml()).isEmpty();
    }

    @Test
    void similarityChecksOnlyTheAttributesAskedForAndRefusesATinyThreshold() {
        UserAttributeSimilarityValidator emailOnly = new UserAttributeSimilarityValidator(List.of("email"), 0.7);
        emailOnly.validate("alice_wonder", ALICE);
        assertThatThrownBy(() -> emailOnly.validate("liddell.alice", ALICE))
                .hasMessage("The password is too similar to the email address.");
        UserAttributes custom = UserAttributes.of(Map.of("nickname", "wondergirl"));
        assertThatThrownBy(() -> new UserAttributeSimilarityValidator(List.of("nickname"), 0.7).validate("WonderGirl!", custom))
                .hasMessage("The password is too similar to the nickname.");
        assertThatThrownBy(() -> new UserAttributeSimilarityValidator(List.of("email"), 0.05))
                .hasMessage("max_similarity must be at least 0.1");
    }

    @Test
    void djangosListHasItsDistinctPasswordsAndAProjectMayGiveItsOwn(@TempDir Path dir) throws IOException {
        assertThat(new CommonPasswordValidator().size()).isEqualTo(19_727);     // Django 3.2: len(CommonPasswordValidator().passwords)
        Path plain = Files.writeString(dir.resolve("ours.txt"), "hotclub\nswordfish2\n");
        CommonPasswordValidator ours = new CommonPasswordValidator(plain);
        assertThatThrownBy(() -> ours.validate(" HotClub ", UserAttributes.none())).hasMessage("This password is too common.");
        ours.validate("password", UserAttributes.none());
    }
}
