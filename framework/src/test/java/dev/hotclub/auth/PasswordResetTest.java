package dev.hotclub.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotclub.auth.hashers.Md5PasswordHasher;
import dev.hotclub.auth.hashers.PasswordHashers;
import dev.hotclub.auth.models.User;
import dev.hotclub.auth.models.UserModel;
import dev.hotclub.db.TestDatabase;
import dev.hotclub.db.Vendor;
import dev.hotclub.mail.EmailMessage;
import dev.hotclub.mail.Mail;
import dev.hotclub.sessions.SignedCookieSessionStore;
import dev.hotclub.test.Client;
import dev.hotclub.test.TestResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PasswordResetTest {
    private static final UserModel<User> USERS = new UserModel<>(User.class, PasswordHashers.of(new Md5PasswordHasher()));

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void aResetLinkIsMailedWorksOnceAndTheNewPasswordLogsIn(Vendor vendor) {
        try (TestDatabase.TestCase ignored = AuthDatabases.use(vendor);
             Client client = new Client(AuthSite.project(new SignedCookieSessionStore()))) {
            User alice = USERS.createUser("alice", "alice@example.com", "correct horse");
            Mail.clearOutbox();
            client.post("/accounts/password_reset/", Map.of("email", "nobody@example.com"))
                    .assertRedirects("/accounts/password_reset/done/", 302, 200);
            assertThat(Mail.outbox()).isEmpty();
            client.post("/accounts/password_reset/", Map.of("email", "ALICE@example.com"))
                    .assertRedirects("/accounts/password_reset/done/", 302, 200);
            assertThat(Mail.outbox()).hasSize(1);
            EmailMessage mail = Mail.outbox().get(0);
            assertThat(mail.subject()).isEqualTo("Password reset on testserver");
            assertThat(mail.to()).containsExactly("alice@example.com");
            Matcher link = Pattern.compile("http://testserver(/accounts/reset/([^/]+)/([^/]+)/)").matcher(mail.body());
            assertThat(link.find()).as(mail.body()).isTrue();
            assertThat(link.group(2)).isEqualTo(dev.hotclub.auth.tokens.PasswordResetTokens.encodeUid(alice.id));

            String setPassword = "/accounts/reset/" + link.group(2) + "/set-password/";
            client.get(link.group(1)).assertRedirects(setPassword, 302, 200);
            client.post(setPassword, Map.of("new_password1", "battery staple", "new_password2", "battery stapl"))
                    .assertFormError("form", "new_password2", "The two password fields didn\u2019t match.");
            client.post(setPassword, Map.of("new_password1", "battery staple", "new_password2", "battery staple"))
                    .assertRedirects("/accounts/reset/done/", 302, 200);

            TestResponse again = client.get(link.group(1));
            assertThat(again.status()).isEqualTo(200);
            assertThat(again.text()).isEqualTo("invalid link");
            assertThat(client.get(setPassword).text()).isEqualTo("invalid link");
            client.post("/accounts/login/", Map.of("username", "alice", "password", "battery staple"))
                    .assertRedirects("/accounts/profile/", 302, 200);
            assertThat(client.get("/accounts/reset/" + link.group(2) + "/1-bad/").text()).isEqualTo("invalid link");
            assertThat(client.get("/accounts/reset/@@/" + link.group(3) + "/").text()).isEqualTo("invalid link");
        }
    }
}
