package dev.hotclub.db;

import dev.hotclub.project.Env;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The project's databases (Django's {@code DATABASES} and {@code ATOMIC_REQUESTS}): named URLs, {@code "default"}
 * first. {@link #fromEnv()} reads {@code DATABASE_URL} (default {@code sqlite:///db.sqlite3}, a file in the project's
 * folder), {@code ATOMIC_REQUESTS} (default false) and {@code DATABASE_POOL_SIZE} (default 10).
 *
 * <pre>{@code
 * Project.named("mysite").databases(DatabaseSettings.fromEnv().with("replica", env("REPLICA_URL", "...")))
 * }</pre>
 */
public record DatabaseSettings(Map<String, String> urls, boolean atomicRequests, int poolSize) {
    public static final String DEFAULT = "default";

    public DatabaseSettings {
        if (!urls.containsKey(DEFAULT)) {
            throw new IllegalArgumentException("DATABASES needs a \"default\" database; it has " + urls.keySet() + ".");
        }
        urls = Map.copyOf(new LinkedHashMap<>(urls));
        if (poolSize < 1) {
            throw new IllegalArgumentException("DATABASE_POOL_SIZE must be at least 1, not " + poolSize + ".");
        }
    }

    public static DatabaseSettings fromEnv() {
        return new DatabaseSettings(Map.of(DEFAULT, Env.env("DATABASE_URL", "sqlite:///db.sqlite3")),
                Env.envBool("ATOMIC_REQUESTS", false), Env.envInt("DATABASE_POOL_SIZE", 10));
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
