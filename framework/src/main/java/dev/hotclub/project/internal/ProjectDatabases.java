package dev.hotclub.project.internal;

import dev.hotclub.db.DatabaseSettings;
import dev.hotclub.db.Databases;
import dev.hotclub.db.models.Model;
import dev.hotclub.db.models.ModelMeta;
import dev.hotclub.project.App;
import dev.hotclub.project.Project;

/**
 * What building a project does for its data: installs its databases (unless a test database replaced them) and
 * reads the metadata of every model its apps list, so a mistake in a model's annotations stops the start, every
 * reverse relation is known before a request runs, and an unreachable database is one line at start.
 */
public final class ProjectDatabases {
    private ProjectDatabases() {
    }

    public static void install(Project project) {
        // Databases set in code replace those configured before; else the first project configures them (a test
        // database, or the previous generation of the dev server, stays).
        DatabaseSettings given = project.settings().get(DatabaseSettings.DATABASES);
        if (given != null || !Databases.isConfigured()) {
            Databases.configure(DatabaseSettings.from(project.settings()), project.baseDir());
        }
        boolean anyModel = false;
        for (App app : project.apps()) {
            for (Class<? extends Model> model : app.models()) {
                ModelMeta.of(model);
                anyModel = true;
            }
        }
        if (anyModel && !Databases.isTestDatabase()) {
            String problem = Databases.checkReachable();
            if (problem != null) {
                System.err.println(problem);
            }
        }
    }
}
