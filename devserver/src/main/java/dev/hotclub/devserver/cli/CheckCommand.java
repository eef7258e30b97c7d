package dev.hotclub.devserver.cli;

import dev.hotclub.checks.SystemCheckReport;
import dev.hotclub.devserver.DevServer;
import dev.hotclub.devserver.classpath.MavenDependencyClasspath;
import dev.hotclub.devserver.reload.GenerationFactory;
import dev.hotclub.project.Project;
import dev.hotclub.project.ProjectProvider;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code check [--deploy]}: Django's {@code manage.py check}, on the project as its jar would serve it. The sources
 * are compiled as runserver compiles them, but the project is built with the environment alone (no runserver
 * {@code DEBUG=true} default): {@code --deploy} answers what a deployment with these variables would be warned of.
 */
final class CheckCommand implements Command {

    @Override
    public String name() {
        return "check";
    }

    @Override
    public String arguments() {
        return "[--deploy]";
    }

    @Override
    public String summary() {
        return "Checks the project for common problems; --deploy adds Django's deployment checks.";
    }

    @Override
    public String help() {
        return """
            Uses the system check framework to inspect the project for common problems: the URL checks,
            and with --deploy Django's deployment checks (security.W004 ... W022) on the settings the
            environment gives (DEBUG, ALLOWED_HOSTS, SECRET_KEY, SESSION_COOKIE_SECURE, ...), as the
            packaged jar reads them (java -jar target/NAME.jar check --deploy does the same).

            options:
              -h, --help            show this help message and exit
              --deploy              Check deployment settings.
              --fail-level {WARNING,ERROR}
                                    Message level that will cause the command to exit with a non-zero
                                    status. Default is ERROR.
            """;
    }

    @Override
    public int run(Context context, List<String> args) throws Exception {
        if (context.project() == null || !Files.isDirectory(context.project().resolve("src/main/java"))) {
            throw new CommandError("No project to check: run " + context.program() + " check in a project's folder.");
        }
        AtomicInteger status = new AtomicInteger(-1);
        GenerationFactory asPackaged = (loader, projectDir, resourcesDir, liveReload) -> {
            Project project = ProjectProvider.findDefinedBy(loader).project().withBaseDir(projectDir)
                    .withResourceDirs(resourcesDir);
            status.set(SystemCheckReport.run(project, args, context.out(), context.err()));
            return new GenerationFactory.Built(project.name(), exchange -> exchange.setStatusCode(503), List.of(), () -> { });
        };
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        DevServer server = DevServer.start(new DevServer.Options(context.project(), "127.0.0.1", 0,
                new MavenDependencyClasspath(context.out()::println), new PrintStream(console, true, StandardCharsets.UTF_8),
                line -> { }, asPackaged, Duration.ofMinutes(1)));
        server.close();
        if (status.get() < 0) {
            context.err().print(console.toString(StandardCharsets.UTF_8));
            throw new CommandError("The project does not build (see above): fix it, then check again.");
        }
        return status.get();
    }
}
