package dev.hotclub.db.migrations.commands;

import dev.hotclub.db.migrations.Autodetector;
import dev.hotclub.db.migrations.Migration;
import dev.hotclub.db.migrations.MigrationApp;
import dev.hotclub.db.migrations.MigrationError;
import dev.hotclub.db.migrations.MigrationGraph;
import dev.hotclub.db.migrations.MigrationLoader;
import dev.hotclub.db.migrations.MigrationWriter;
import dev.hotclub.db.migrations.Operation;
import dev.hotclub.db.migrations.Questioner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code makemigrations [APP...] [--name NAME] [--empty] [--dry-run] [--check] [--merge] [--noinput]}: writes
 * the next migration of each app whose models changed, and updates the app's index class. Returns the exit code:
 * 0, 1 for {@code --check} with changes or an error, 3 when a default is needed and none was given.
 */
public final class MakeMigrationsCommand {
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMdd_HHmm");

    private final MigrationContext context;
    private final BufferedReader in;
    private final PrintStream out;
    private final PrintStream err;

    public MakeMigrationsCommand(MigrationContext context, BufferedReader in, PrintStream out, PrintStream err) {
        this.context = context;
        this.in = in;
        this.out = out;
        this.err = err;
    }

    public int run(List<String> args) {
        Set<String> labels = new LinkedHashSet<>();
        String name = null;
        boolean empty = false, dryRun = false, check = false, merge = false, interactive = true;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--empty" -> empty = true;
                case "--dry-run" -> dryRun = true;
                case "--check" -> check = true;
                case "--merge" -> merge = true;
                case "--noinput", "--no-input" -> interactive = false;
                case "-n", "--name" -> {
                    if (i + 1 >= args.size()) {
                        err.println("makemigrations: --name needs a value: --name add_votes");
                        return 2;
                    }
                    name = args.get(++i);
                }
                default -> {
                    if (arg.startsWith("--name=")) {
                        name = arg.substring(7);
                    } else if (arg.startsWith("-")) {
                        err.println("makemigrations: unknown option " + arg + ". Options: --name NAME, --empty,"
                                + " --dry-run, --check, --merge, --noinput.");
                        return 2;
                    } else {
                        labels.add(arg);
                    }
                }
            }
        }
        if (name != null && !name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            err.println("The migration name must be a valid Java identifier part (letters, digits, _): '" + name
                    + "'.");
            return 1;
        }
        Questioner questioner = interactive ? Questioner.interactive(in, out) : Questioner.nonInteractive();
        try {
            MigrationLoader loader = context.loader().get();
            for (String label : labels) {
                if (context.apps().stream().noneMatch(a -> a.label().equals(label))) {
                    err.println("App '" + label + "' could not be found. The installed apps are "
                            + context.apps().stream().map(MigrationApp::label).toList() + ".");
                    return 2;
                }
            }
            MigrationGraph graph = loader.graph();
            var conflicts = graph.conflicts();
            if (!labels.isEmpty()) {
                conflicts.keySet().retainAll(labels);
            }
            if (merge) {
                return merge(loader, conflicts, questioner, interactive, dryRun, name);
            }
            if (!conflicts.isEmpty()) {
                List<String> parts = new ArrayList<>();
                conflicts.forEach((app, leaves) -> parts.add(String.join(", ",
                        leaves.stream().map(Migration.Key::name).toList()) + " in " + app));
                err.println("CommandError: Conflicting migrations detected; multiple leaf nodes in the migration"
                        + " graph: (" + String.join("; ", parts) + ").\nTo fix them run './manage makemigrations"
                        + " --merge'");
                return 1;
            }
            if (empty) {
                if (labels.isEmpty()) {
                    err.println("CommandError: You must supply at least one app label when using --empty.");
                    return 1;
                }
                Map<String, List<Operation>> changes = new LinkedHashMap<>();
                labels.forEach(label -> changes.put(label, List.of()));
                return write(loader, changes, Map.of(), name, dryRun, true);
            }
            Autodetector detector = new Autodetector(loader.migratedState(), context.currentModels().get(),
                    questioner);
            Map<String, Autodetector.AppChanges> detected = detector.changes(labels);
            if (detected.isEmpty()) {
                if (labels.isEmpty()) {
                    out.println("No changes detected");
                } else if (labels.size() == 1) {
                    out.println("No changes detected in app '" + labels.iterator().next() + "'");
                } else {
                    out.println("No changes detected in apps '" + String.join("', '", labels) + "'");
                }
                return 0;
            }
            Map<String, List<Operation>> changes = new LinkedHashMap<>();
            Map<String, Set<String>> otherApps = new LinkedHashMap<>();
            detected.forEach((app, c) -> {
                changes.put(app, c.operations());
                otherApps.put(app, c.dependsOnApps());
            });
            int code = write(loader, changes, otherApps, name, dryRun || check, false);
            return check ? 1 : code;
        } catch (Questioner.Abort abort) {
            if (!abort.getMessage().isEmpty()) {
                err.println(abort.getMessage());
            }
            return abort.exitCode();
        } catch (MigrationError | IllegalArgumentException e) {
            err.println("CommandError: " + e.getMessage());
            return 1;
        }
    }

    private int write(MigrationLoader loader, Map<String, List<Operation>> changes,
                      Map<String, Set<String>> otherApps, String name, boolean dryRun, boolean empty) {
        MigrationGraph graph = loader.graph();
        Map<String, String> newNames = new LinkedHashMap<>();
        for (Map.Entry<String, List<Operation>> entry : changes.entrySet()) {
            String app = entry.getKey();
            List<Migration.Key> leaves = graph.leafNodes(app);
            int number = leaves.isEmpty() ? 1 : leafNumber(leaves.get(0)) + 1;
            String suffix = name != null ? name
                    : leaves.isEmpty() && !empty ? "initial" : suggestName(entry.getValue());
            newNames.put(app, String.format("%04d_%s", number, suffix));
        }
        for (Map.Entry<String, List<Operation>> entry : changes.entrySet()) {
            String app = entry.getKey();
            MigrationApp migrationApp = loader.app(app);
            String migrationName = newNames.get(app);
            List<Migration.Key> dependencies = new ArrayList<>(graph.leafNodes(app));
            for (String other : otherApps.getOrDefault(app, Set.of())) {
                if (newNames.containsKey(other)) {
                    dependencies.add(new Migration.Key(other, newNames.get(other)));
                } else {
                    dependencies.addAll(graph.leafNodes(other));
                }
            }
            String source = MigrationWriter.migrationSource(migrationApp.migrationsPackage(), app, migrationName,
                    dependencies, entry.getValue());
            Path folder = context.sourceRoot() == null ? Path.of(".")
                    : context.sourceRoot().resolve(migrationApp.migrationsPackage().replace('.', '/'));
            Path file = folder.resolve(Migration.className(migrationName) + ".java");
            out.println("Migrations for '" + app + "':");
            out.println("  " + display(file) + "  (" + migrationName + ")");
            for (Operation operation : entry.getValue()) {
                out.println("    - " + operation.describe());
            }
            if (dryRun) {
                continue;
            }
            if (context.sourceRoot() == null) {
                throw new MigrationError("makemigrations needs the project's source folder to write " + file + ".");
            }
            List<String> names = indexedClasses(graph, app, migrationApp.migrationsPackage());
            names.add(Migration.className(migrationName));
            try {
                Files.createDirectories(folder);
                Files.writeString(file, source);
                Files.writeString(folder.resolve("Migrations.java"),
                        MigrationWriter.indexSource(migrationApp.migrationsPackage(), app, names));
            } catch (IOException e) {
                throw new MigrationError("Could not write " + file + ": " + e.getMessage(), e);
            }
        }
        return 0;
    }

    private int merge(MigrationLoader loader, Map<String, List<Migration.Key>> conflicts, Questioner questioner,
                      boolean interactive, boolean dryRun, String name) {
        if (conflicts.isEmpty()) {
            out.println("No conflicts detected to merge.");
            return 0;
        }
        MigrationGraph graph = loader.graph();
        for (Map.Entry<String, List<Migration.Key>> entry : conflicts.entrySet()) {
            String app = entry.getKey();
            out.println("Merging " + app);
            int highest = 0;
            for (Migration.Key leaf : entry.getValue()) {
                out.println("  Branch " + leaf.name());
                highest = Math.max(highest, leafNumber(leaf));
                for (Migration.Key key : graph.forwardsPlan(leaf)) {
                    if (key.app().equals(app) && entry.getValue().stream().allMatch(other ->
                            !graph.forwardsPlan(other).contains(key) || other.equals(leaf))) {
                        for (Operation operation : graph.migration(key).operations()) {
                            out.println("    - " + operation.describe());
                        }
                    }
                }
            }
            if (interactive && !questioner.askMerge(app)) {
                continue;
            }
            String migrationName = String.format("%04d_%s", highest + 1,
                    name != null ? name : "merge_" + ZonedDateTime.now(ZoneOffset.UTC).format(TIMESTAMP));
            MigrationApp migrationApp = loader.app(app);
            Path folder = context.sourceRoot() == null ? Path.of(".")
                    : context.sourceRoot().resolve(migrationApp.migrationsPackage().replace('.', '/'));
            Path file = folder.resolve(Migration.className(migrationName) + ".java");
            out.println("\nCreated new merge migration " + display(file));
            if (dryRun) {
                continue;
            }
            List<String> names = indexedClasses(graph, app, migrationApp.migrationsPackage());
            names.add(Migration.className(migrationName));
            try {
                Files.createDirectories(folder);
                Files.writeString(file, MigrationWriter.migrationSource(migrationApp.migrationsPackage(), app,
                        migrationName, entry.getValue(), List.of()));
                Files.writeString(folder.resolve("Migrations.java"),
                        MigrationWriter.indexSource(migrationApp.migrationsPackage(), app, names));
            } catch (IOException e) {
                throw new MigrationError("Could not write " + file + ": " + e.getMessage(), e);
            }
        }
        return 0;
    }

    /** The classes of the app's migrations as the index names them (hand-named classes keep their names). */
    private static List<String> indexedClasses(MigrationGraph graph, String app, String migrationsPackage) {
        List<String> classes = new ArrayList<>();
        for (Migration.Key key : graph.appNodes(app)) {
            Class<?> type = graph.migration(key).getClass();
            classes.add(type.getPackageName().equals(migrationsPackage) && !type.isMemberClass()
                    ? type.getSimpleName() : type.getCanonicalName());
        }
        return classes;
    }

    private static int leafNumber(Migration.Key leaf) {
        String digits = leaf.name().replaceAll("^(\\d+).*", "$1");
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Django's {@code suggest_name}: one operation's fragment, new models' names, else auto_TIMESTAMP. */
    static String suggestName(List<Operation> operations) {
        if (operations.size() == 1 && operations.get(0).nameFragment() != null) {
            return operations.get(0).nameFragment();
        }
        if (operations.size() > 1 && operations.stream().allMatch(
                o -> o instanceof dev.hotclub.db.migrations.operations.CreateModel)) {
            return String.join("_", operations.stream().map(Operation::nameFragment).sorted().toList());
        }
        return "auto_" + ZonedDateTime.now(ZoneOffset.UTC).format(TIMESTAMP);
    }

    private static String display(Path file) {
        Path cwd = Path.of("").toAbsolutePath();
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(cwd) ? cwd.relativize(absolute).toString() : absolute.toString();
    }
}
