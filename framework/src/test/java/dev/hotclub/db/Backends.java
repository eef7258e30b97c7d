package dev.hotclub.db;

import dev.hotclub.db.models.Model;
import dev.hotclub.db.TestDatabase;
import dev.hotclub.testing.PostgresServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a test body on SQLite or on the real PostgreSQL: tests take a {@link Vendor} parameter
 * ({@code @ParameterizedTest @EnumSource(Vendor.class)}) and wrap their body in {@code Backends.use(vendor)}, which
 * points the default database there (tables created once per run) and rolls the test's rows back at the end.
 */
public final class Backends {
    public static final List<Class<? extends Model>> MODELS = List.of(
            dev.hotclub.db.polls.Question.class, dev.hotclub.db.polls.Choice.class,
            dev.hotclub.db.library.Publisher.class, dev.hotclub.db.library.Author.class, dev.hotclub.db.library.Tag.class,
            dev.hotclub.db.library.Book.class, dev.hotclub.db.library.Review.class, dev.hotclub.db.library.Everything.class,
            dev.hotclub.db.library.Profile.class, dev.hotclub.db.library.Club.class, dev.hotclub.db.library.Membership.class);

    private static final PerVendor ORM = new PerVendor("orm", () -> {
        @SuppressWarnings("unchecked")
        Class<? extends Model>[] models = MODELS.toArray(new Class[0]);
        TestDatabase.createTables(Databases.defaultDatabase(), models);
    });
    private static final java.util.Set<String> MORE_TABLES = new java.util.HashSet<>();

    /**
     * One test database per vendor, made on first use and kept for the run: SQLite in a temporary file, or a
     * database of the shared PostgreSQL named after {@code prefix}; {@code setup} makes its tables, once.
     */
    public static final class PerVendor {
        private final String prefix;
        private final Runnable setup;
        private final Map<Vendor, String> urls = new EnumMap<>(Vendor.class);

        public PerVendor(String prefix, Runnable setup) {
            this.prefix = prefix;
            this.setup = setup;
        }

        /** Points the default database at this vendor's, and opens a test case (rolled back when closed). */
        public TestDatabase.TestCase use(Vendor vendor) {
            synchronized (Backends.class) {
                String url = urls.get(vendor);
                boolean fresh = url == null;
                if (fresh) {
                    url = vendor == Vendor.SQLITE ? sqliteUrl(prefix) : PostgresServer.shared().createDatabase(prefix);
                    urls.put(vendor, url);
                }
                Databases.configureForTests(DatabaseSettings.of(url), Path.of("").toAbsolutePath());
                if (fresh) {
                    setup.run();
                }
                return TestDatabase.testCase();
            }
        }
    }

    private Backends() {
    }

    /** {@link #use(Vendor)}, with the tables of {@code more} models (a test's own) created once per backend. */
    @SafeVarargs
    public static synchronized TestDatabase.TestCase use(Vendor vendor, Class<? extends Model>... more) {
        use(vendor).close();
        List<Class<? extends Model>> missing = java.util.Arrays.stream(more)
                .filter(model -> MORE_TABLES.add(vendor + ":" + model.getName())).toList();
        if (!missing.isEmpty()) {
            @SuppressWarnings("unchecked")
            Class<? extends Model>[] models = missing.toArray(new Class[0]);
            TestDatabase.createTables(Databases.defaultDatabase(), models);
        }
        return TestDatabase.testCase();
    }

    public static synchronized TestDatabase.TestCase use(Vendor vendor) {
        return ORM.use(vendor);
    }

    private static String sqliteUrl(String prefix) {
        try {
            return "sqlite:///" + Files.createTempDirectory("hotclub-" + prefix).resolve("test.sqlite3");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
