package dev.hotclub.db.migrations;

import dev.hotclub.db.migrations.operations.CreateModel;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds each app's migrations through its index class ({@code <app package>.migrations.Migrations}, see
 * {@link MigrationIndex}) in a class loader, checks them, and builds the graph.
 */
public final class MigrationLoader {
    private final Map<String, MigrationApp> apps = new LinkedHashMap<>();
    private final MigrationGraph graph;
    private final Set<String> swappedSettings;

    public MigrationLoader(List<MigrationApp> apps, ClassLoader loader) {
        this(apps, load(apps, loader), Set.of());
    }

    /**
     * @param swappedSettings the swappable settings the project points at another model than the default
     *                        ({@code AUTH_USER_MODEL} when the project has its own user model): the models created
     *                        with {@link CreateModel#swappable} under those settings get no table and are left out
     *                        of the migrated state, as Django's swapped models
     */
    public MigrationLoader(List<MigrationApp> apps, ClassLoader loader, Set<String> swappedSettings) {
        this(apps, load(apps, loader), swappedSettings);
    }

    /** A loader over migrations already at hand (tests, and apps that list them some other way). */
    public MigrationLoader(List<MigrationApp> apps, List<Migration> migrations) {
        this(apps, migrations, Set.of());
    }

    public MigrationLoader(List<MigrationApp> apps, List<Migration> migrations, Set<String> swappedSettings) {
        this.swappedSettings = Set.copyOf(swappedSettings);
        for (MigrationApp app : apps) {
            this.apps.put(app.label(), app);
        }
        for (Migration migration : migrations) {
            if (!this.apps.containsKey(migration.app())) {
                throw new MigrationError("Migration " + migration.key() + " (" + migration.getClass().getName()
                        + ") belongs to app '" + migration.app() + "', which is not installed; the apps are "
                        + this.apps.keySet() + ".");
            }
        }
        this.graph = new MigrationGraph(migrations);
    }

    public MigrationGraph graph() {
        return graph;
    }

    public List<MigrationApp> apps() {
        return List.copyOf(apps.values());
    }

    public MigrationApp app(String label) {
        MigrationApp app = apps.get(label);
        if (app == null) {
            throw new MigrationError("No installed app with label '" + label + "'. The apps are "
                    + apps.keySet() + ".");
        }
        return app;
    }

    /** The state the migrations build: every app's migrations applied, without the swapped-out models. */
    public ProjectState migratedState() {
        ProjectState state = graph.stateAt(graph.leafNodes());
        for (String key : swappedModels()) {
            String app = key.substring(0, key.indexOf('.'));
            String model = key.substring(key.indexOf('.') + 1);
            if (state.find(app, model).isPresent()) {
                state = state.without(app, model);
            }
        }
        return state;
    }

    /** Whether {@code operation} creates a model the project swapped for its own: it then runs no SQL. */
    public boolean swappedOut(Operation operation) {
        return operation instanceof CreateModel create && create.swappable() != null
                && swappedSettings.contains(create.swappable());
    }

    /** {@code app.model} (lower case) of the models swapped out by the project's settings. */
    public Set<String> swappedModels() {
        Set<String> keys = new HashSet<>();
        for (Migration migration : graph.migrations()) {
            for (Operation operation : migration.operations()) {
                if (swappedOut(operation)) {
                    keys.add(ModelState.key(migration.app(), ((CreateModel) operation).name()));
                }
            }
        }
        return keys;
    }

    /**
     * The migration of {@code app} whose name starts with {@code prefix} ({@code 0002} finds
     * {@code 0002_choice_votes}), with Django's messages when none or several match.
     */
    public Migration.Key byPrefix(String app, String prefix) {
        app(app);
        List<Migration.Key> matches = new ArrayList<>();
        for (Migration migration : graph.migrations()) {
            if (migration.app().equals(app) && migration.name().startsWith(prefix)) {
                if (migration.name().equals(prefix)) {
                    return migration.key();
                }
                matches.add(migration.key());
            }
        }
        if (matches.size() > 1) {
            throw new MigrationError("More than one migration matches '" + prefix + "' in app '" + app
                    + "'. Please be more specific.");
        }
        if (matches.isEmpty()) {
            throw new MigrationError("Cannot find a migration matching '" + prefix + "' from app '" + app + "'.");
        }
        return matches.get(0);
    }

    private static List<Migration> load(List<MigrationApp> apps, ClassLoader loader) {
        List<Migration> migrations = new ArrayList<>();
        Map<String, String> packageOfApp = new LinkedHashMap<>();
        apps.forEach(app -> packageOfApp.put(app.label(), app.javaPackage()));
        for (MigrationApp app : apps) {
            String className = MigrationIndex.className(app.javaPackage());
            Class<?> type;
            try {
                type = Class.forName(className, true, loader);
            } catch (ClassNotFoundException e) {
                continue; // an app without migrations
            }
            if (!MigrationIndex.class.isAssignableFrom(type)) {
                throw new MigrationError(className + " must implement " + MigrationIndex.class.getName()
                        + ": it lists app '" + app.label() + "''s migrations.");
            }
            MigrationIndex index;
            try {
                index = (MigrationIndex) type.getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                throw new MigrationError("Could not create " + className + " (it needs a public no-argument"
                        + " constructor): " + e, e);
            }
            for (Migration migration : index.migrations()) {
                if (migration.app().equals(app.label())) {
                    migrations.add(migration);
                } else if (!app.javaPackage().equals(packageOfApp.get(migration.app()))) {
                    // Two apps whose models share a package (auth and contenttypes) share one index; each takes its
                    // own migrations from it. Any other app's migration there is a mistake.
                    throw new MigrationError(migration.getClass().getName() + " is listed in " + className
                            + " but says it belongs to app '" + migration.app() + "', not '" + app.label() + "'"
                            + (packageOfApp.containsKey(migration.app()) ? "." : ", and app '" + migration.app()
                            + "' is not installed with it: install both apps (their models), or list the migration"
                            + " in its own app's index."));
                }
            }
        }
        return migrations;
    }
}
