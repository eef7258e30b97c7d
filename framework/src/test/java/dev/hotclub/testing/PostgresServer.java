package dev.hotclub.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for the framework's own database tests: a throwaway cluster started once per test JVM
 * from Debian's {@code postgresql} package (initdb and pg_ctl, as the {@code postgres} user when the tests run as
 * root, which PostgreSQL refuses to be), on a free port on 127.0.0.1, with durability turned off (the data dies
 * with the run), and stopped when the JVM exits. Never a mock, and never skipped: without the server binaries the
 * tests fail and say what to install.
 *
 * <pre>{@code
 * String url = PostgresServer.shared().createDatabase("orm");   // postgres://postgres@127.0.0.1:PORT/orm_1
 * }</pre>
 *
 * A running server can be used instead with {@code HOTCLUB_TEST_POSTGRES=postgres://USER:PASSWORD@HOST:PORT}
 * (a superuser: the tests create their own databases on it).
 */
public final class PostgresServer {
    private static PostgresServer shared;
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final String host;
    private final int port;
    private final String user;
    private final String password;

    private PostgresServer(String host, int port, String user, String password) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
    }

    /** The server of this test run, started on first use. */
    public static synchronized PostgresServer shared() {
        if (shared == null) {
            String given = System.getenv("HOTCLUB_TEST_POSTGRES");
            shared = given != null && !given.isBlank() ? fromUrl(given) : startThrowawayCluster();
        }
        return shared;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    /**
     * Creates a new, empty database whose name starts with {@code prefix} (a counter makes it unique in the run)
     * and returns its URL in DATABASE_URL's form, {@code postgres://USER[:PASSWORD]@HOST:PORT/NAME}.
     */
    public String createDatabase(String prefix) {
        String name = prefix.toLowerCase().replaceAll("[^a-z0-9_]", "_") + "_" + DATABASES.incrementAndGet();
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the test database " + name + " on " + host + ":" + port
                    + ": " + e.getMessage(), e);
        }
        return "postgres://" + user + (password == null ? "" : ":" + password) + "@" + host + ":" + port + "/" + name;
    }

    /** The JDBC URL of database {@code name} on this server. */
    public String jdbcUrl(String name) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + name;
    }

    public String user() {
        return user;
    }

    /** The password, or null for none (the throwaway cluster trusts local connections). */
    public String password() {
        return password;
    }

    private static PostgresServer fromUrl(String url) {
        java.net.URI uri = java.net.URI.create(url);
        String userInfo = uri.getUserInfo() == null ? "postgres" : uri.getUserInfo();
        int colon = userInfo.indexOf(':');
        return new PostgresServer(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(),
                colon < 0 ? userInfo : userInfo.substring(0, colon), colon < 0 ? null : userInfo.substring(colon + 1));
    }

    private static PostgresServer startThrowawayCluster() {
        Path bin = serverBinaries();
        boolean root = "root".equals(System.getProperty("user.name"));
        try {
            // Under the system temp folder: the postgres user must be able to reach the data folder, which it
            // cannot inside a checkout owned by root.
            Path dir = Files.createTempDirectory("hotclub-pg-");
            if (root) {
                run(List.of("chown", "postgres:postgres", dir.toString()), dir);
            }
            int port = freePort();
            run(asServerUser(root, bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(),
                    "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"), dir);
            run(asServerUser(root, bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-w",
                    "-l", dir.resolve("server.log").toString(), "-o",
                    "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off"
                            + " -c synchronous_commit=off -c full_page_writes=off -c max_connections=200",
                    "start"), dir);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(root, bin, dir), "postgres-test-server-stop"));
            return new PostgresServer("127.0.0.1", port, "postgres", null);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start a throwaway PostgreSQL cluster for the tests", e);
        }
    }

    private static void stop(boolean root, Path bin, Path dir) {
        try {
            run(asServerUser(root, bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(),
                    "-m", "immediate", "-w", "stop"), dir);
        } catch (RuntimeException | IOException e) {
            System.err.println("Could not stop the test PostgreSQL in " + dir + ": " + e.getMessage());
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // The folder is under the system temp folder; the next boot clears it.
        }
    }

    /** Debian's server binaries, newest major version first ({@code /usr/lib/postgresql/15/bin}). */
    private static Path serverBinaries() {
        Path root = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(root)) {
            try (Stream<Path> versions = Files.list(root)) {
                Path found = versions.map(v -> v.resolve("bin"))
                        .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                        .max(Comparator.comparing(b -> versionOf(b.getParent().getFileName().toString())))
                        .orElse(null);
                if (found != null) {
                    return found;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalStateException("The database tests need a PostgreSQL server (15 or later) and found none under"
                + " /usr/lib/postgresql: install Debian's package (apt-get install postgresql; .ci/run does), or point"
                + " HOTCLUB_TEST_POSTGRES at a running server, e.g. postgres://postgres:secret@127.0.0.1:5432");
    }

    private static int versionOf(String folder) {
        try {
            return Integer.parseInt(folder);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static List<String> asServerUser(boolean root, String... command) {
        List<String> all = new ArrayList<>();
        if (root) {
            all.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        all.addAll(List.of(command));
        return all;
    }

    private static void run(List<String> command, Path dir) throws IOException {
        Path output = Files.createTempFile("hotclub-pg-command-", ".log");
        try {
            Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("Timed out: " + String.join(" ", command));
            }
            if (process.exitValue() != 0) {
                String log = Files.exists(dir.resolve("server.log")) ? Files.readString(dir.resolve("server.log")) : "";
                throw new IllegalStateException("Failed (exit " + process.exitValue() + "): " + String.join(" ", command)
                        + "\n" + Files.readString(output) + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted: " + String.join(" ", command), e);
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
