package dev.hotclub.server;

import dev.hotclub.auth.commands.Terminal;
import dev.hotclub.auth.commands.UserCommandLine;
import dev.hotclub.checks.DeployChecks;
import dev.hotclub.checks.SystemCheckReport;
import dev.hotclub.db.migrations.commands.MigrationCommandLine;
import dev.hotclub.project.ProjectMigrations;
import dev.hotclub.middleware.SessionMiddleware;
import dev.hotclub.project.Project;
import dev.hotclub.project.ProjectProvider;
import dev.hotclub.server.internal.lifecycle.StartLine;
import dev.hotclub.conf.ImproperlyConfigured;
import dev.hotclub.conf.Settings;
import java.io.PrintStream;
import java.util.List;

/**
 * The production entry point, the main class of a packaged project:
 * {@code java -jar target/mysite.jar [ADDR:]PORT} serves the project that the class path's
 * {@code META-INF/services/dev.hotclub.project.ProjectProvider} names, on 127.0.0.1:8000 by default, until the
 * process is stopped. {@code java -jar target/mysite.jar migrate} (and {@code showmigrations}, {@code sqlmigrate})
 * runs the migrations on DATABASE_URL's database instead (docs/MIGRATIONS.md), {@code createsuperuser} and
 * {@code changepassword} manage its users (docs/AUTH.md). Settings come from the environment (docs/SETTINGS.md); no dev server, no compiler.
 */
public final class Launcher {
    static final String USAGE = "Usage: java -jar <project>.jar [ADDR:]PORT   (default 127.0.0.1:8000;"
            + " settings from the environment: DEBUG, ALLOWED_HOSTS, SECRET_KEY, ...)\n"
            + "       java -jar <project>.jar check [--deploy] [--fail-level {WARNING,ERROR}]"
            + "   (Django's system checks; --deploy: the deployment checks)\n"
            + "       java -jar <project>.jar migrate [APP [MIGRATION|zero]] | showmigrations [APP...]"
            + " | sqlmigrate APP MIGRATION   (on DATABASE_URL's database)\n"
            + "       java -jar <project>.jar createsuperuser [--username U] [--email E] [--noinput] [--database D]"
            + " | changepassword [USERNAME]   (docs/AUTH.md)";

    /** Django's runserver refuses to start so; a jar answering every request with 400 would say nothing. */
    static final String NO_ALLOWED_HOSTS = "Error: You must set ALLOWED_HOSTS if DEBUG is False. With DEBUG off and"
            + " ALLOWED_HOSTS empty, every request would be answered 400 Bad Request: set the ALLOWED_HOSTS environment"
            + " variable to the host names the site answers to, e.g. ALLOWED_HOSTS=example.com,www.example.com"
            + " (docs/SETTINGS.md).";

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("check")) {
            System.exit(check(List.of(args).subList(1, args.length), System.out, System.err));
        }
        if (args.length > 0 && UserCommandLine.COMMANDS.contains(args[0])) {
            System.exit(userCommand(args, new UserCommandLine.Io(Terminal.system(), System.out, System.err,
                    System.getenv())));
        }
        int status = start(args, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** {@code check [--deploy]}: the system checks on the project the server would serve, and their exit status. */
    static int check(List<String> args, PrintStream out, PrintStream err) {
        Project project;
        try {
            project = findProject();
        } catch (IllegalStateException | ImproperlyConfigured e) {
            err.println("Error: " + e.getMessage());
            return 1;
        }
        return SystemCheckReport.run(project, args, out, err);
    }

    private static Project findProject() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return ProjectProvider.find(loader != null ? loader : Launcher.class.getClassLoader()).project();
    }

    /**
     * Starts serving as {@code main} does; what goes wrong is said on {@code err} and answered with an exit status
     * (2 for a wrong command line, 1 for a project or port that cannot be served), 0 once serving.
     */
    static int start(String[] args, PrintStream err) {
        if (args.length >= 1 && MigrationCommandLine.COMMANDS.contains(args[0])) {
            return migrationCommand(args, System.out, err);
        }
        if (args.length >= 1 && UserCommandLine.COMMANDS.contains(args[0])) {
            return userCommand(args, new UserCommandLine.Io(Terminal.system(), System.out, err, System.getenv()));
        }
        if (args.length == 1 && (args[0].equals("-h") || args[0].equals("--help"))) {
            err.println(USAGE);
            return 0;
        }
        if (args.length > 1) {
            err.println(USAGE);
            return 2;
        }
        ListenAddress address;
        try {
            address = args.length == 0 ? ListenAddress.DEFAULT : ListenAddress.parse(args[0]);
        } catch (IllegalArgumentException e) {
            err.println("Error: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        Project project;
        try {
            project = findProject();
            if (project.middleware().stream().anyMatch(SessionMiddleware.class::isInstance)) {
                // The project signs its session cookies: a missing or development key refuses to start here, not
                // as a 500 on the first request that touches a session.
                project.settings().deploymentSecretKey();
            }
            if (!project.debug() && project.settings().get(Settings.ALLOWED_HOSTS).isEmpty()) {
                err.println(NO_ALLOWED_HOSTS);
                return 1;
            }
        } catch (IllegalStateException | ImproperlyConfigured e) {
            err.println("Error: " + e.getMessage());
            return 1;
        }
        // A weak key starts, as in Django, but not silently: the one deployment check run at every production start
        // (with DEBUG on, as under runserver, Django runs no deployment check).
        if (!project.debug()) {
            DeployChecks.weakSecretKey(project.settings())
                    .ifPresent(weak -> err.print(SystemCheckReport.format(List.of(weak))));
        }
        HotclubServer server;
        try {
            server = HotclubServer.start(project, address.host(), address.port());
        } catch (IllegalStateException e) {
            err.println("Error: " + e.getMessage());
            return 1;
        }
        StartLine.log(project, address.host(), server.port());
        server.closeOnShutdown();
        return 0;
    }

    /** {@code createsuperuser}, {@code changepassword} on DATABASE_URL's database. */
    static int userCommand(String[] args, UserCommandLine.Io io) {
        Project project;
        try {
            project = findProject();
        } catch (IllegalStateException | ImproperlyConfigured e) {
            io.err().println("Error: " + e.getMessage());
            return 1;
        }
        return UserCommandLine.run(project.settings(), java.nio.file.Path.of("").toAbsolutePath(),
                "java -jar <project>.jar migrate", args[0], List.of(args).subList(1, args.length), io);
    }

    /** {@code migrate}, {@code showmigrations}, {@code sqlmigrate}: run before a deploy's rolling restart. */
    static int migrationCommand(String[] args, PrintStream out, PrintStream err) {
        Project project;
        try {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            project = ProjectProvider.find(loader != null ? loader : Launcher.class.getClassLoader()).project();
        } catch (IllegalStateException | ImproperlyConfigured e) {
            err.println("Error: " + e.getMessage());
            return 1;
        }
        return MigrationCommandLine.run(ProjectMigrations.context(project, null), args[0],
                List.of(args).subList(1, args.length), out, err);
    }
}
