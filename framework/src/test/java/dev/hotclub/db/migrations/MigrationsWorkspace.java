package dev.hotclub.db.migrations;

import dev.hotclub.db.migrations.commands.MakeMigrationsCommand;
import dev.hotclub.db.migrations.commands.MigrateCommand;
import dev.hotclub.db.migrations.commands.MigrationContext;
import dev.hotclub.db.migrations.commands.ShowMigrationsCommand;
import dev.hotclub.db.migrations.commands.SqlMigrateCommand;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A project's migrations on disk, as a user has them: makemigrations writes Java sources under a source root,
 * which the workspace compiles with javax.tools (as Maven or the dev server would) into a fresh class loader,
 * where the loader finds them through each app's index class.
 */
final class MigrationsWorkspace {
    record Result(int exitCode, String out, String err) {
    }

    final Path sourceRoot;
    private final Path root;
    private final List<MigrationApp> apps;
    private ProjectState models = ProjectState.empty();
    private ClassLoader classLoader;
    private int compilations;

    MigrationsWorkspace(Path root, List<MigrationApp> apps) throws IOException {
        this.root = root;
        this.sourceRoot = Files.createDirectories(root.resolve("src"));
        this.apps = apps;
        this.classLoader = getClass().getClassLoader();
    }

    void models(ProjectState current) {
        this.models = current;
    }

    MigrationContext context(TestDatabase database) {
        return MigrationContext.of(apps, classLoader, () -> models, sourceRoot,
                database == null ? () -> { throw new IllegalStateException("no database"); } : database::open,
                database == null ? Vendor.SQLITE : database.vendor());
    }

    Result makemigrations(String answers, String... args) {
        return capture((out, err) -> new MakeMigrationsCommand(context(null),
                new BufferedReader(new StringReader(answers)), out, err).run(List.of(args)));
    }

    Result migrate(TestDatabase database, String... args) {
        return capture((out, err) -> new MigrateCommand(context(database), out, err).run(List.of(args)));
    }

    Result showmigrations(TestDatabase database, String... args) {
        return capture((out, err) -> new ShowMigrationsCommand(context(database), out, err).run(List.of(args)));
    }

    Result sqlmigrate(Vendor vendor, String... args) {
        MigrationContext context = MigrationContext.of(apps, classLoader, () -> models, sourceRoot, null, vendor);
        return capture((out, err) -> new SqlMigrateCommand(context, out, err).run(List.of(args)));
    }

    Path migrationFile(String appPackage, String name) {
        return sourceRoot.resolve(appPackage.replace('.', '/')).resolve("migrations")
                .resolve(Migration.className(name) + ".java");
    }

    /** Compiles every source under the source root into a new class loader, failing with javac's messages. */
    void compile() throws IOException {
        List<String> files;
        try (Stream<Path> walk = Files.walk(sourceRoot)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).map(Path::toString).toList();
        }
        Path classes = Files.createDirectories(root.resolve("classes-" + (++compilations)));
        if (files.isEmpty()) {
            classLoader = new URLClassLoader(new URL[]{classes.toUri().toURL()}, getClass().getClassLoader());
            return;
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        String classPath = Path.of(Migration.class.getProtectionDomain().getCodeSource().getLocation().getPath())
                + java.io.File.pathSeparator + Path.of(getClass().getProtectionDomain().getCodeSource().getLocation()
                .getPath());
        List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "-classpath", classPath,
                "--release", "17", "-Xlint:all", "-Werror"));
        arguments.addAll(files);
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        int code = compiler.run(null, messages, messages, arguments.toArray(String[]::new));
        if (code != 0) {
            throw new AssertionError("The generated migrations do not compile:\n" + messages);
        }
        classLoader = new URLClassLoader(new URL[]{classes.toUri().toURL()}, getClass().getClassLoader());
    }

    ClassLoader classLoader() {
        return classLoader;
    }

    interface Command {
        int run(PrintStream out, PrintStream err);
    }

    static Result capture(Command command) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = command.run(outStream, errStream);
        }
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
