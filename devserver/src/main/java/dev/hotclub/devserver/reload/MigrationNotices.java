package dev.hotclub.devserver.reload;

import dev.hotclub.db.DatabaseSettings;
import dev.hotclub.db.Databases;
import dev.hotclub.db.migrations.MigrationStatus;
import dev.hotclub.project.Project;
import dev.hotclub.project.ProjectMigrations;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

/**
 * What the dev server says about the schema at each start and reload: {@link MigrationStatus}'s lines. It only
 * reads (the migrations table, the models); applying migrations stays the developer's {@code ./manage migrate}.
 */
final class MigrationNotices {
    private MigrationNotices() {
    }

    static List<String> of(Project project, Path projectDir) {
        if (ProjectMigrations.models(project).isEmpty()) {
            return List.of(); // no models: no database to open (and no db.sqlite3 to create)
        }
        // The database ./manage migrate uses: relative SQLite paths under the project's folder.
        Databases.configure(DatabaseSettings.from(project.settings()), projectDir);
        try {
            return MigrationStatus.of(ProjectMigrations.context(project, null)).messages();
        } catch (SQLException e) {
            return List.of(); // an unreachable database is already one line at start
        } catch (RuntimeException e) {
            // Conflicting leaves, a migration that does not load: say it, keep serving.
            return List.of(String.valueOf(e.getMessage()));
        }
    }
}
