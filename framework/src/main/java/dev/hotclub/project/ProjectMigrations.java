package dev.hotclub.project;

import dev.hotclub.auth.AuthMigrations;
import dev.hotclub.db.Database;
import dev.hotclub.db.Databases;
import dev.hotclub.db.models.Model;
import dev.hotclub.db.models.ModelMeta;
import dev.hotclub.db.migrations.MigrationApp;
import dev.hotclub.db.migrations.ProjectState;
import dev.hotclub.db.migrations.Vendor;
import dev.hotclub.db.migrations.commands.MigrationContext;
import dev.hotclub.db.migrations.Operation;
import dev.hotclub.db.sessions.DatabaseSessionStore;
import dev.hotclub.db.sessions.migrations.Migration0001Initial;
import dev.hotclub.middleware.SessionMiddleware;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A project as its migrations see it: its apps, labelled as the ORM labels their models (the last segment of the
 * package, or {@code @Meta(appLabel)}), their models now, and the project's default database. What {@code ./manage}
 * and {@code java -jar mysite.jar migrate} hand to the migration commands, and what the dev server asks
 * {@link dev.hotclub.db.migrations.MigrationStatus} with.
 */
public final class ProjectMigrations {
    /** The label of Django's sessions app, installed with database sessions. */
    private static final String SESSIONS = "sessions";

    private ProjectMigrations() {
    }

    /**
     * Each app with its label and package; migrations live in {@code <package>.migrations}. An app whose models
     * carry several labels (the framework's {@link dev.hotclub.project.AuthApp}: contenttypes and auth) is one
     * migration app per label, in its models' package.
     */
    public static List<MigrationApp> apps(Project project) {
        List<MigrationApp> apps = new ArrayList<>();
        for (App app : project.apps()) {
            String javaPackage = app.getClass().getPackageName();
            Map<String, String> labels = new LinkedHashMap<>();
            for (Class<? extends Model> model : app.models()) {
                labels.putIfAbsent(ModelMeta.of(model).appLabel(), model.getPackageName());
            }
            if (labels.size() > 1) {
                labels.forEach((label, modelsPackage) -> apps.add(new MigrationApp(label, modelsPackage)));
            } else {
                apps.add(new MigrationApp(label(app, javaPackage), javaPackage));
            }
        }
        if (usesDatabaseSessions(project)) {
            apps.add(new MigrationApp(SESSIONS, DatabaseSessionStore.class.getPackageName()));
        }
        return apps;
    }

    /**
     * Whether the project keeps its sessions in the database (SESSION_ENGINE a {@link DatabaseSessionStore}): then
     * Django's sessions app is installed with it, as Django's {@code db} engine needs {@code django.contrib.sessions}
     * in INSTALLED_APPS, and {@code migrate} creates {@code django_session}.
     */
    private static boolean usesDatabaseSessions(Project project) {
        return project.settings().get(SessionMiddleware.SESSION_ENGINE) instanceof DatabaseSessionStore;
    }

    private static String label(App app, String javaPackage) {
        List<Class<? extends Model>> models = app.models();
        if (!models.isEmpty()) {
            return ModelMeta.of(models.get(0)).appLabel();
        }
        return javaPackage.isEmpty() ? app.getClass().getSimpleName().toLowerCase(Locale.ROOT)
                : javaPackage.substring(javaPackage.lastIndexOf('.') + 1);
    }

    /**
     * Every model of every app, in the apps' order; without auth's {@code User} when AUTH_USER_MODEL names the
     * project's own user model (Django's swapped models are not installed).
     */
    public static List<Class<? extends Model>> models(Project project) {
        List<Class<? extends Model>> models = new ArrayList<>();
        project.apps().forEach(app -> models.addAll(app.models()));
        return AuthMigrations.installedModels(project.settings(), models);
    }

    /** The models now, as the migrations compare them with the migrations' state. */
    public static ProjectState currentState(Project project) {
        ProjectState state = ProjectState.fromModels(models(project));
        if (usesDatabaseSessions(project)) {
            // Django's Session model, which the ORM does not express (its primary key is the varchar session key;
            // DatabaseSessionStore reads and writes the table itself): the state its migration makes.
            for (Operation operation : new Migration0001Initial().operations()) {
                state = operation.stateForwards(SESSIONS, state);
            }
        }
        return state;
    }

    /**
     * The commands' context on the project's default database (a connection of its own per command).
     *
     * @param sourceRoot where makemigrations writes ({@code src/main/java}); null where nothing is written
     */
    public static MigrationContext context(Project project, Path sourceRoot) {
        return context(project, sourceRoot, Databases.defaultDatabase());
    }

    public static MigrationContext context(Project project, Path sourceRoot, Database database) {
        MigrationContext context = MigrationContext.of(apps(project), project.classLoader(),
                AuthMigrations.swappedSettings(project.settings()), () -> currentState(project), sourceRoot,
                database::connect, Vendor.valueOf(database.vendor().name()));
        List<Class<? extends Model>> models = models(project);
        if (AuthMigrations.installsAuth(models)) {
            // Django's post_migrate: the content types and permissions of every installed model.
            context = context.withPostMigrate(connection -> AuthMigrations.createPermissions(connection, models));
        }
        return context;
    }
}
