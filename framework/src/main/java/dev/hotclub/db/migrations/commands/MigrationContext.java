package dev.hotclub.db.migrations.commands;

import dev.hotclub.db.migrations.MigrationApp;
import dev.hotclub.db.migrations.MigrationLoader;
import dev.hotclub.db.migrations.ProjectState;
import dev.hotclub.db.migrations.Vendor;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the migration commands need from a project: its apps, their migrations, the models as they are now
 * ({@link ProjectState#fromModels}, the adapter to the ORM), where the app sources live (for makemigrations) and
 * how to open a connection (for migrate, showmigrations).
 *
 * @param sourceRoot the folder of the apps' Java sources ({@code src/main/java}); null where nothing is written
 */
public record MigrationContext(
        List<MigrationApp> apps,
        Supplier<MigrationLoader> loader,
        Supplier<ProjectState> currentModels,
        Path sourceRoot,
        ConnectionOpener database,
        Vendor vendor,
        PostMigrate postMigrate) {

    public MigrationContext(List<MigrationApp> apps, Supplier<MigrationLoader> loader,
                            Supplier<ProjectState> currentModels, Path sourceRoot, ConnectionOpener database,
                            Vendor vendor) {
        this(apps, loader, currentModels, sourceRoot, database, vendor, null);
    }

    /**
     * Django's {@code post_migrate}: what runs after each {@code migrate} that did not fail, whether or not it
     * applied anything (auth creates the permissions of every installed model there).
     */
    @FunctionalInterface
    public interface PostMigrate {
        void run(Connection connection) throws SQLException;
    }

    /** This context with {@code hook} run after each {@code migrate}. */
    public MigrationContext withPostMigrate(PostMigrate hook) {
        return new MigrationContext(apps, loader, currentModels, sourceRoot, database, vendor, hook);
    }

    /** Opens a connection to the project's database; the command closes it. */
    @FunctionalInterface
    public interface ConnectionOpener {
        Connection open() throws SQLException;
    }

    /** A context that finds migrations through each app's index class in {@code classLoader}. */
    public static MigrationContext of(List<MigrationApp> apps, ClassLoader classLoader,
                                      Supplier<ProjectState> currentModels, Path sourceRoot,
                                      ConnectionOpener database, Vendor vendor) {
        return of(apps, classLoader, java.util.Set.of(), currentModels, sourceRoot, database, vendor);
    }

    /**
     * As {@link #of(List, ClassLoader, Supplier, Path, ConnectionOpener, Vendor)}, with the swappable settings the
     * project points at its own models ({@code AUTH_USER_MODEL}): see {@link MigrationLoader}.
     */
    public static MigrationContext of(List<MigrationApp> apps, ClassLoader classLoader,
                                      java.util.Set<String> swappedSettings, Supplier<ProjectState> currentModels,
                                      Path sourceRoot, ConnectionOpener database, Vendor vendor) {
        return new MigrationContext(apps, () -> new MigrationLoader(apps, classLoader, swappedSettings), currentModels,
                sourceRoot, database, vendor);
    }
}
