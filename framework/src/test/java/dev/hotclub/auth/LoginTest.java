package dev.hotclub.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotclub.auth.hashers.Md5PasswordHasher;
import dev.hotclub.auth.hashers.PasswordHashers;
import dev.hotclub.auth.models.Permissions;
import dev.hotclub.auth.models.User;
import dev.hotclub.auth.models.UserModel;
import dev.hotclub.db.TestDatabase;
import dev.hotclub.db.Vendor;
import dev.hotclub.db.polls.Question;
import dev.hotclub.db.sessions.DatabaseSessionStore;
import dev.hotclub.middleware.CsrfViewMiddleware;
import dev.hotclub.middleware.SessionMiddleware;
import dev.hotclub.sessions.InMemorySessionStore;
import dev.hotclub.sessions.SignedCookieSessionStore;
import dev.hotclub.test.Client;
import dev.hotclub.test.TestResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Logging in and out through the views, as features and as attacks. */
class LoginTest {
    private static final UserModel<User> USERS = new UserModel<>(User.class, PasswordHashers.of(new Md5PasswordHasher()));

    private static User alice() {
        return USERS.createUser("alice", "alice@example.com", "correct horse");
    }

    private static TestResponse logIn(Client client, String username, String password) {
        return client.post("/accounts/login/", Map.of("username", username, "password", password));
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void aLoginKeepsTheUserInTheSessionUnderDjangosKeysAndALogoutEndsIt(Vendor vendor) {
        try (TestDatabase.TestCase ignored = AuthDatabases.use(vendor);
             Client client = new Client(AuthSite.project(new SignedCookieSessionStore()))) {
            User alice = alice();
            assertThat(client.get("/whoami/").text()).isEqualTo("anonymous add:false any:false");
            client.get("/private/").assertRedirects("/accounts/login/?next=/private/", 302, 200);

            logIn(client, "alice", "correct horse").assertRedirects("/accounts/profile/", 302, 200);
            assertThat(client.get("/whoami/").text()).isEqualTo("alice add:false any:false");
            assertThat(client.get("/private/").text()).isEqualTo("hello alice");
            alice.refreshFromDb();
            assertThat(alice.lastLogin).isNotNull();

            assertThat(client.post("/accounts/logout/", Map.of()).text()).isEqualTo("<p>Logged out</p>");
            assertThat(client.cookies()).doesNotContainKey(SessionMiddleware.COOKIE_NAME);
            assertThat(client.get("/whoami/").text()).startsWith("anonymous");
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void theSessionHoldsDjangosThreeKeys(Vendor vendor) {
        InMemorySessionStore store = new InMemorySessionStore();
        try (TestDatabase.TestCase ignored = AuthDatabases.use(vendor); Client client = new Client(AuthSite.project(store))) {
            User alice = alice();
            logIn(client, "alice", "correct horse");
            Map<String, Object> data = store.load(client.cookies().get("sessionid"), java.time.Duration.ofDays(1), null);
            assertThat(data).containsOnlyKeys("_auth_user_id", "_auth_user_backend", "_auth_user_hash");
            assertThat(data.get("_auth_user_id")).isEqualTo(String.valueOf(alice.id));
            assertThat(data.get("_auth_user_backend")).isEqualTo("django.contrib.auth.backends.ModelBackend");
            assertThat(data.get("_auth_user_hash")).isEqualTo(alice.getSessionAuthHash(AuthSite.SECRET));
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void wrongPasswordsUnknownUsersAndInactiveUsersGetDjangosOneMessage(Vendor vendor) {
        String message = "Please enter a correct username and password. Note that both fields may be case-sensitive.";
        try (TestDatabase.TestCase ignored = AuthDatabases.use(vendor);
             Client client = new Client(AuthSite.project(new SignedCookieSessionStore()))) {
            User alice = alice();
            for (String[] attempt : List.of(new String[] {"alice", "wrong"}, new String[] {"nobody", "correct horse"},
                    new String[] {"Alice", "correct horse"})) {
                TestResponse page = logIn(client, attempt[0], attempt[1]);
                assertThat(page.status()).isEqualTo(200);
                page.assertFormError("form", null, message);
            }
            alice.isActive = false;
            alice.save();
            logIn(client, "alice", "correct horse").assertFormError("form", null, message);
            logIn(client, "alice", "").assertFormError("form", "password", "This field is required.");
            assertThat(client.get("/whoami/").text()).startsWith("anonymous");
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void permissionRequiredRedirectsOrRefusesAndPermsReachTemplates(Vendor vendor) {
        try (TestDatabase.TestCase ignored = AuthDatabases.use(vendor);
             Client client = new Client(AuthSite.project(new SignedCookieSessionStore()))) {
            User alice = alice();
            Permissions.createFor(List.of(Question.class));
            client.get("/polls/add/").assertRedirects("/accounts/login/?next=/polls/add/", 302, 200);
            logIn(client, "alice", "correct horse");
            client.get("/polls/add/").assertRedirects("/accounts/login/?next=/polls/add/", 302, 200);
            assertThat(client.get("/polls/delete/").status()).isEqualTo(403);
            alice.userPermissions.add(Permissions.get("polls.add_question"), Permissions.get("polls.delete_question"));
            assertThat(client.get("/polls/add/").text()).isEqualTo("may add");
            assertThat(client.get("/polls/delete/").text()).isEqualTo("may delete");
            assertThat(client.get("/whoami/").text()).isEqualTo("alice add:true any:true");
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void attackSessionFixationThePlantedKeyIsNotTheLoggedInOne(Vendor vendor) {
        InMemorySessionStore store = new InMemorySessionStore();
        try (TestDatabase.TestCase ignored = AuthDatabases.use(vendor);
             Client attacker = new Client(AuthSite.project(store)); Client victim = new Client(AuthSite.project(store))) {
            alice();
            attacker.get("/visit/");
            String planted = attacker.cookies().get("sessionid");
            victim.cookies().put("sessionid", planted);
            assertThat(victim.get("/visit/").text()).isEqualTo("visited");
            logIn(victim, "alice", "correct horse").assertRedirects("/accounts/profile/", 302, 200);
            assertThat(victim.cookies().get("sessionid")).isNotEqualTo(planted);
            assertThat(store.load(planted, java.time.Duration.ofDays(1), null)).isNull();
            assertThat(attacker.get("/whoami/").text()).startsWith("anonymous");
            assertThat(victim.get("/whoami/").text()).startsWith("alice");
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void attackOpenRedirectThroughNextIsRefused(Vendor vendor) {
        try (TestDatabase.TestCase ignored = AuthDatabases.use(vendor);
             Client client = new Client(AuthSite.project(new SignedCookieSessionStore()))) {
            alice();
            // Django's LoginTest.test_security_check cases.
            for (String bad : List.of("http://example.com", "https://example.com", "ftp://example.com", "///example.com",
                    "//example.com", "javascript:alert(\"XSS\")", "\\\\example.com", "\\\\\\example.com", "/\\example.com",
                    "http:///example.com", " //example.com", "https://testserver.evil.com/")) {
                client.cookies().clear();
                TestResponse r = client.post("/accounts/login/?next=" + java.net.URLEncoder.encode(bad,
                        java.nio.charset.StandardCharsets.UTF_8), Map.of("username", "alice", "password", "correct horse"));
                assertThat(r.location()).as(bad).isEqualTo("/accounts/profile/");
            }
            for (String good : List.of("/view/?param=http://example.com", "/view/?param=https://example.com",
                    "/view?param=ftp://example.com", "view/?param=//example.com", "https://testserver/",
                    "HTTPS://testserver/", "//testserver/", "/url%20with%20spaces/")) {
                client.cookies().clear();
                TestResponse r = client.post("/accounts/login/?next=" + java.net.URLEncoder.encode(good,
                        java.nio.charset.StandardCharsets.UTF_8), Map.of("username", "alice", "password", "correct horse"));
                assertThat(r.location()).as(good).isEqualTo(good);
            }
            // next in the form wins over the query's, and is checked the same way
            client.cookies().clear();
            assertThat(client.post("/accounts/login/?next=/private/", Map.of("username", "alice", "password",
                    "correct horse", "next", "//evil.com/")).location()).isEqualTo("/accounts/profile/");
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void attackLoginWithoutTheCsrfTokenIsRefusedAndTheTokenChangesAtLogin(Vendor vendor) {
        try (TestDatabase.TestCase ignored = AuthDatabases.use(vendor);
             Client client = new Client(AuthSite.project(new SignedCookieSessionStore()), true)) {
            alice();
            assertThat(logIn(client, "alice", "correct horse").status()).isEqualTo(403);
            TestResponse form = client.get("/accounts/login/");
            String token = (String) form.context().get("csrf_token");
            String before = client.cookies().get(CsrfViewMiddleware.COOKIE_NAME);
            assertThat(before).isNotNull();
            client.post("/accounts/login/", Map.of("username", "alice", "password", "correct horse",
                    "csrfmiddlewaretoken", token)).assertRedirects("/accounts/profile/", 302, 200);
            assertThat(client.cookies().get(CsrfViewMiddleware.COOKIE_NAME)).isNotEqualTo(before);
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void attackLogoutByGetIsRefused(Vendor vendor) {
        try (TestDatabase.TestCase ignored = AuthDatabases.use(vendor);
             Client client = new Client(AuthSite.project(new SignedCookieSessionStore()))) {
            alice();
            logIn(client, "alice", "correct horse");
            TestResponse get = client.get("/accounts/logout/");
            assertThat(get.status()).isEqualTo(405);
            assertThat(get.header("Allow")).isEqualTo("POST, OPTIONS");
            assertThat(client.get("/whoami/").text()).startsWith("alice");
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void attackAPasswordChangeLogsOutTheOtherSessionsAndKeepsThisOne(Vendor vendor) {
        try (TestDatabase.TestCase ignored = AuthDatabases.use(vendor);
             Client laptop = new Client(AuthSite.project(new SignedCookieSessionStore()));
             Client stolenPhone = new Client(AuthSite.project(new SignedCookieSessionStore()))) {
            alice();
            logIn(laptop, "alice", "correct horse");
            logIn(stolenPhone, "alice", "correct horse");
            assertThat(stolenPhone.get("/whoami/").text()).startsWith("alice");
            laptop.post("/accounts/password_change/", Map.of("old_password", "wrong", "new_password1", "battery staple",
                    "new_password2", "battery staple")).assertFormError("form", "old_password",
                    "Your old password was entered incorrectly. Please enter it again.");
            laptop.post("/accounts/password_change/", Map.of("old_password", "correct horse", "new_password1", "battery staple",
                    "new_password2", "battery stapler")).assertFormError("form", "new_password2",
                    "The two password fields didn\u2019t match.");
            laptop.post("/accounts/password_change/", Map.of("old_password", "correct horse", "new_password1", "battery staple",
                    "new_password2", "battery staple")).assertRedirects("/accounts/password_change/done/", 302, 200);
            assertThat(laptop.get("/whoami/").text()).startsWith("alice");
            assertThat(stolenPhone.get("/whoami/").text()).startsWith("anonymous");
            logIn(stolenPhone, "alice", "correct horse").assertFormError("form", null,
                    "Please enter a correct username and password. Note that both fields may be case-sensitive.");
            logIn(stolenPhone, "alice", "battery staple").assertRedirects("/accounts/profile/", 302, 200);
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void aDjangoMadeHashLogsInAndIsRenewedToThePreferredHasher(Vendor vendor) {
        try (TestDatabase.TestCase ignored = AuthDatabases.use(vendor);
             Client client = new Client(AuthSite.builder(new SignedCookieSessionStore())
                     .set(PasswordHashers.PASSWORD_HASHERS, PasswordHashers.defaults()).build())) {
            // Django 3.2: make_password('lètmein', 'seasalt', 'pbkdf2_sha256'), 260,000 iterations.
            User old = User.objects.create(u -> {
                u.username = "imported";
                u.password = "pbkdf2_sha256$260000$seasalt$YlZ2Vggtqdc61YjArZuoApoBh9JNGYoDRBUGu6tcJQo=";
            });
            logIn(client, "imported", "lètmein").assertRedirects("/accounts/profile/", 302, 200);
            old.refreshFromDb();
            assertThat(old.password).startsWith("pbkdf2_sha256$1000000$");
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void repeatedFailuresForOneUsernameAreRefusedWithoutCheckingThePassword(Vendor vendor) {
        try (TestDatabase.TestCase ignored = AuthDatabases.use(vendor);
             Client client = new Client(AuthSite.builder(new SignedCookieSessionStore())
                     .set(dev.hotclub.auth.throttle.LoginThrottleSettings.LOGIN_THROTTLE_USERNAME_FAILURES, 2).build())) {
            alice();
            logIn(client, "alice", "guess 1");
            logIn(client, "alice", "guess 2");
            TestResponse[] holder = new TestResponse[1];
            // Refused before any check: not even the user is read, so no hash is computed.
            TestDatabase.assertNumQueries(0, () -> holder[0] = logIn(client, "alice", "correct horse"));
            TestResponse refused = holder[0];
            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.header("Retry-After")).isNotNull();
            refused.assertFormError("form", null, "Too many failed login attempts. Try again in 15 minutes.");
            assertThat(client.get("/whoami/").text()).startsWith("anonymous");
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void withSessionsInTheDatabaseACopiedCookieIsWorthlessAfterLogout(Vendor vendor) {
        try (TestDatabase.TestCase ignored = AuthDatabases.use(vendor);
             Client client = new Client(AuthSite.project(new DatabaseSessionStore()));
             Client thief = new Client(AuthSite.project(new DatabaseSessionStore()))) {
            alice();
            client.get("/visit/");
            String before = client.cookies().get("sessionid");
            logIn(client, "alice", "correct horse");
            String loggedIn = client.cookies().get("sessionid");
            assertThat(loggedIn).matches("[a-z0-9]{32}").isNotEqualTo(before);
            thief.cookies().put("sessionid", loggedIn);
            assertThat(thief.get("/whoami/").text()).startsWith("alice");
            client.post("/accounts/logout/", Map.of());
            assertThat(thief.get("/whoami/").text()).startsWith("anonymous");
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void theTestClientLogsInAsDjangosDoes(Vendor vendor) {
        try (TestDatabase.TestCase ignored = AuthDatabases.use(vendor);
             Client client = new Client(AuthSite.project(new DatabaseSessionStore()))) {
            User alice = alice();
            assertThat(client.login("alice", "wrong")).isFalse();
            assertThat(client.get("/whoami/").text()).startsWith("anonymous");
            assertThat(client.login("alice", "correct horse")).isTrue();
            assertThat(client.get("/private/").text()).isEqualTo("hello alice");
            client.cookies().clear();
            client.forceLogin(alice);
            assertThat(client.get("/private/").text()).isEqualTo("hello alice");
            alice.isActive = false;
            alice.saveFields("isActive");
            assertThat(client.get("/whoami/").text()).startsWith("anonymous");
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void withSessionsInRedisALoginOnOneInstanceHoldsOnTheOther(Vendor vendor) {
        String redis = dev.hotclub.sessions.RedisServer.shared().url();
        try (TestDatabase.TestCase ignored = AuthDatabases.use(vendor);
             dev.hotclub.sessions.RedisSessionStore storeOne = dev.hotclub.sessions.RedisSessionStore.connect(redis);
             dev.hotclub.sessions.RedisSessionStore storeTwo = dev.hotclub.sessions.RedisSessionStore.connect(redis);
             Client one = new Client(AuthSite.project(storeOne)); Client two = new Client(AuthSite.project(storeTwo))) {
            alice();
            logIn(one, "alice", "correct horse").assertRedirects("/accounts/profile/", 302, 200);
            two.cookies().putAll(one.cookies());
            assertThat(two.get("/private/").text()).isEqualTo("hello alice");
            two.post("/accounts/logout/", Map.of());
            assertThat(one.get("/whoami/").text()).startsWith("anonymous");
        }
    }
}
