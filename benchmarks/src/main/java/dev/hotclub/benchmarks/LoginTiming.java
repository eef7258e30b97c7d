package dev.hotclub.benchmarks;

import static dev.hotclub.urls.Urls.path;

import dev.hotclub.auth.AuthenticationMiddleware;
import dev.hotclub.auth.models.ContentType;
import dev.hotclub.auth.models.Group;
import dev.hotclub.auth.models.Permission;
import dev.hotclub.auth.models.User;
import dev.hotclub.auth.models.UserModel;
import dev.hotclub.auth.throttle.LoginThrottleSettings;
import dev.hotclub.auth.views.LoginView;
import dev.hotclub.db.DatabaseSettings;
import dev.hotclub.db.Databases;
import dev.hotclub.db.TestDatabase;
import dev.hotclub.middleware.CsrfViewMiddleware;
import dev.hotclub.middleware.SessionMiddleware;
import dev.hotclub.project.Project;
import dev.hotclub.sessions.InMemorySessionStore;
import dev.hotclub.test.Client;
import dev.hotclub.test.TestResponse;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Can a login's answer time tell a guesser which usernames exist? A whole login POST through the pipeline (sessions,
 * CSRF, auth middleware, {@code LoginView}, the user lookup in SQLite, the default hasher: PBKDF2-SHA256 with
 * 1,000,000 iterations) for a known user with a wrong password, a username that matches nobody, an inactive user,
 * and a known user with the right password, in a shuffled order each round so that the machine's load falls on all
 * of them alike. It prints the median CPU time of the serving thread per case (steadier than wall time on a shared
 * machine) and the wall time, and each case's ratio to "known user, wrong password".
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.hotclub.benchmarks.LoginTiming 30
 * </pre>
 */
public final class LoginTiming {
    private record Case(String name, String username, String password, int expectedStatus) {
    }

    private LoginTiming() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        Path dir = Files.createTempDirectory("hotclub-login-timing");
        Path templates = Files.createDirectories(dir.resolve("templates/registration"));
        Files.writeString(templates.resolve("login.html"), "<form method=\"post\"><@csrf_input/>${form}</form>");
        Databases.configureForTests(DatabaseSettings.of("sqlite:///" + dir.resolve("timing.sqlite3")), dir);
        TestDatabase.createTables(Databases.defaultDatabase(), ContentType.class, Permission.class, Group.class, User.class);

        Project project = Project.named("logintiming")
                .secretKey("login-timing-secret-key-that-is-long-enough-for-the-checks-0123456789")
                .allowedHosts("testserver")
                .set(SessionMiddleware.SESSION_ENGINE, new InMemorySessionStore())
                // The throttle would refuse the guesses after a few: off, the hasher's cost is what is measured.
                .set(LoginThrottleSettings.LOGIN_THROTTLE_USERNAME_FAILURES, 0)
                .set(LoginThrottleSettings.LOGIN_THROTTLE_ADDRESS_FAILURES, 0)
                .templateDirs(dir.resolve("templates"))
                .middleware(new SessionMiddleware(), new CsrfViewMiddleware(), new AuthenticationMiddleware())
                .urls(path("login/", new LoginView(), "login"), path("accounts/profile/", r -> dev.hotclub.http.HttpResponse.ok("in")))
                .build();
        UserModel<? extends dev.hotclub.auth.models.AbstractUser> users = UserModel.of(project.settings());
        users.createUser("alice", "alice@example.com", "correct horse battery staple");
        users.createUser("bob", "bob@example.com", "correct horse battery staple", u -> u.isActive = false);

        List<Case> cases = List.of(
                new Case("known user, wrong password", "alice", "Tr0ub4dor&3", 200),
                new Case("unknown username", "mallory", "Tr0ub4dor&3", 200),
                new Case("inactive user, right password", "bob", "correct horse battery staple", 200),
                new Case("known user, right password", "alice", "correct horse battery staple", 302));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[][] cpu = new long[cases.size()][rounds];
        long[][] wall = new long[cases.size()][rounds];
        Random random = new Random(42);
        List<Integer> order = new ArrayList<>(List.of(0, 1, 2, 3));
        for (int warmup = 0; warmup < 3; warmup++) {
            for (Case c : cases) {
                login(project, c);
            }
        }
        for (int round = 0; round < rounds; round++) {
            Collections.shuffle(order, random);
            for (int i : order) {
                long cpuBefore = threads.getCurrentThreadCpuTime();
                long wallBefore = System.nanoTime();
                login(project, cases.get(i));
                wall[i][round] = System.nanoTime() - wallBefore;
                cpu[i][round] = threads.getCurrentThreadCpuTime() - cpuBefore;
            }
        }
        double baseCpu = median(cpu[0]);
        double baseWall = median(wall[0]);
        System.out.printf(Locale.ROOT, "%-32s %14s %8s %14s %8s%n", "case (" + rounds + " rounds)", "CPU ms, median",
                "ratio", "wall ms, median", "ratio");
        for (int i = 0; i < cases.size(); i++) {
            System.out.printf(Locale.ROOT, "%-32s %14.1f %8.3f %14.1f %8.3f%n", cases.get(i).name(), median(cpu[i]) / 1e6,
                    median(cpu[i]) / baseCpu, median(wall[i]) / 1e6, median(wall[i]) / baseWall);
        }
        Databases.closeAll();
    }

    /** One login POST, as a fresh visitor: a new client (no session), the form filled in. */
    private static void login(Project project, Case c) {
        try (Client client = new Client(project)) {
            TestResponse response = client.post("/login/", Map.of("username", c.username(), "password", c.password()));
            if (response.status() != c.expectedStatus()) {
                throw new IllegalStateException(c.name() + ": expected " + c.expectedStatus() + ", got " + response.status()
                        + " " + response.text());
            }
        }
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }
}
