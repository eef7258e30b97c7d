package dev.hotclub.db;

import dev.hotclub.conf.Setting;
import dev.hotclub.conf.Settings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The project's databases (Django's {@code DATABASES} and {@code ATOMIC_REQUESTS}): named URLs, {@code "default"}
 * first. They are settings of the project's one settings object: {@link #DATABASE_URL} (default
 * {@code sqlite:///db.sqlite3}, a file in the project's folder), {@link #ATOMIC_REQUESTS} (default false) and
 * {@link #DATABASE_POOL_SIZE} (default 10), each from code or its environment variable, or, for several databases,
 * {@link #DATABASES} set in code; {@link #from(Settings)} is what the project uses.
 *
 * <pre>{@code
 * Project.named("mysite").databases(DatabaseSettings.fromEnv().with("replica", env("REPLICA_URL", "...")))
 * }</pre>
 */
public record DatabaseSettings(Map<String, String> urls, boolean atomicRequests, int poolSize) {
    public static final String DEFAULT = "default";

    /** DATABASE_URL: the default database, as dj-database-url reads it. */
    public static final Setting<String> DATABASE_URL = Setting.text("DATABASE_URL", "sqlite:///db.sqlite3",
            "The default database: postgres://USER:PASSWORD@HOST:PORT/NAME, or sqlite:///path (relative to the"
                    + " project's folder).");
    /** ATOMIC_REQUESTS: with the AtomicRequests middleware, a request's writes commit or roll back together. */
    public static final Setting<Boolean> ATOMIC_REQUESTS = Setting.bool("ATOMIC_REQUESTS", false,
            "With the AtomicRequests middleware, each request's writes on the default database commit together, or"
                    + " roll back on a server error.");
    /** DATABASE_POOL_SIZE: connections per database. */
    public static final Setting<Integer> DATABASE_POOL_SIZE = Setting.integer("DATABASE_POOL_SIZE", 10, 1,
            "Connections per database (one HikariCP pool each, kept across dev-server reloads).");
    /** DATABASES: several named databases, set in code with {@code Project.Builder.databases(...)}. */
    public static final Setting<DatabaseSettings> DATABASES = Setting.codeOnly("DATABASES", null,
            "Several named databases (a read replica), set in code: .databases(DatabaseSettings.fromEnv().with("
                    + "\"replica\", url)); unset, DATABASE_URL alone.");

    public DatabaseSettings {
        if (!urls.containsKey(DEFAULT)) {
            throw new IllegalArgumentException("DATABASES needs a \"default\" database; it has " + urls.keySet() + ".");
        }
        urls = Map.copyOf(new LinkedHashMap<>(urls));
        if (poolSize < 1) {
            throw new IllegalArgumentException("DATABASE_POOL_SIZE must be at least 1, not " + poolSize + ".");
        }
    }

    /** The databases {@code settings} name: {@link #DATABASES} when set in code, else DATABASE_URL alone. */
    public static DatabaseSettings from(Settings settings) {
        DatabaseSettings given = settings.get(DATABASES);
        return given != null ? given : new DatabaseSettings(Map.of(DEFAULT, settings.get(DATABASE_URL)),
                settings.get(ATOMIC_REQUESTS), settings.get(DATABASE_POOL_SIZE));
    }

    /** DATABASE_URL, ATOMIC_REQUESTS and DATABASE_POOL_SIZE as the process's environment gives them. */
    public static DatabaseSettings fromEnv() {
        return from(Settings.resolve(List.of(DATABASE_URL, ATOMIC_REQUESTS, DATABASE_POOL_SIZE, DATABASES), Map.of(),
                Map.of(), name -> Optional.ofNullable(System.getenv(name)), List.of()));
    }

    /** Only {@code url}, as the default database. */
    public static DatabaseSettings of(String url) {
        return new DatabaseSettings(Map.of(DEFAULT, url), false, 10);
    }

    public DatabaseSettings with(String alias, String url) {
        Map<String, String> all = new LinkedHashMap<>(urls);
        all.put(alias, url);
        return new DatabaseSettings(all, atomicRequests, poolSize);
    }

    public DatabaseSettings withAtomicRequests(boolean atomic) {
        return new DatabaseSettings(urls, atomic, poolSize);
    }
}
