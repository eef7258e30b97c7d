package dev.hotclub.db.migrations;

import dev.hotclub.db.migrations.commands.MigrationContext;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whether the database is behind the migrations, and the migrations behind the models: what the dev server says
 * at start and after each reload (one console line each, and a banner on its debug pages). It only reads; it never
 * changes a schema.
 */
public record MigrationStatus(List<Migration.Key> unapplied, Set<String> appsWithModelChanges) {

    public static MigrationStatus of(MigrationContext context) throws SQLException {
        MigrationLoader loader = context.loader().get();
        List<Migration.Key> unapplied = new ArrayList<>();
        try (Connection connection = context.database().open()) {
            Set<Migration.Key> applied = new MigrationRecorder(connection).applied();
            for (String app : loader.graph().apps()) {
                for (Migration.Key key : loader.graph().appNodes(app)) {
                    if (!applied.contains(key)) {
                        unapplied.add(key);
                    }
                }
            }
        }
        Set<String> changed = new TreeSet<>();
        if (context.currentModels() != null) {
            changed.addAll(new Autodetector(loader.migratedState(), context.currentModels().get(),
                    Questioner.detecting()).changes(Set.of()).keySet());
        }
        return new MigrationStatus(unapplied, changed);
    }

    public boolean upToDate() {
        return unapplied.isEmpty() && appsWithModelChanges.isEmpty();
    }

    /**
     * The lines to show: {@code You have 2 unapplied migrations: polls 0002, 0003. Run ./manage migrate.} and
     * {@code Models in app 'polls' have changes not in a migration: run ./manage makemigrations.}
     */
    public List<String> messages() {
        List<String> messages = new ArrayList<>();
        if (!unapplied.isEmpty()) {
            Map<String, List<String>> byApp = new LinkedHashMap<>();
            for (Migration.Key key : unapplied) {
                byApp.computeIfAbsent(key.app(), a -> new ArrayList<>()).add(key.name().replaceAll("^(\\d+)_.*", "$1"));
            }
            List<String> parts = new ArrayList<>();
            byApp.forEach((app, numbers) -> parts.add(app + " " + String.join(", ", numbers)));
            messages.add("You have " + unapplied.size() + " unapplied migration" + (unapplied.size() == 1 ? "" : "s")
                    + ": " + String.join("; ", parts) + ". Run ./manage migrate.");
        }
        for (String app : appsWithModelChanges) {
            messages.add("Models in app '" + app + "' have changes not in a migration: run ./manage makemigrations.");
        }
        return messages;
    }
}
