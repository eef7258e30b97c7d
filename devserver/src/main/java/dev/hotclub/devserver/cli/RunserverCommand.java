package dev.hotclub.devserver.cli;

import dev.hotclub.devserver.DevServer;
import dev.hotclub.devserver.classpath.MavenDependencyClasspath;
import dev.hotclub.server.ListenAddress;
import java.net.BindException;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/** {@code runserver [ADDR:]PORT}: serves the project with hot reload until CONTROL-C. */
final class RunserverCommand implements Command {

    @Override
    public String name() {
        return "runserver";
    }

    @Override
    public String arguments() {
        return "[ADDR:]PORT";
    }

    @Override
    public String summary() {
        return "Starts a lightweight web server for development, with hot reload.";
    }

    @Override
    public String help() {
        return """
            Starts a lightweight web server for development. It recompiles and reloads the project when a
            Java source, a resource or pom.xml changes (in well under a second), and serves template and
            static file edits at once. Compile errors are shown in the browser until the next good save.

            positional arguments:
              [ADDR:]PORT   Optional port number, or ipaddr:port (default 127.0.0.1:8000)

            options:
              -h, --help    show this help message and exit
            """;
    }

    @Override
    public int run(Context context, List<String> args) throws Exception {
        Command.checkArgumentCount(args, List.of(), 1);
        ListenAddress address;
        try {
            address = args.isEmpty() ? ListenAddress.DEFAULT : ListenAddress.parse(args.get(0));
        } catch (IllegalArgumentException e) {
            throw new CommandError(e.getMessage());
        }
        if (context.project() == null) {
            throw new CommandError("No project to serve: run " + context.program() + " runserver in a project's folder.");
        }
        DevServer server;
        try {
            server = DevServer.start(DevServer.Options.of(context.project(), address.host(), address.port(),
                new MavenDependencyClasspath(), context.out()).withRequestLog(context.err()::println));
        } catch (RuntimeException e) {
            if (causedBy(e, BindException.class)) {
                throw new CommandError("That port is already in use.");
            }
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "hotclub-shutdown"));
        stopped.await();
        return 0;
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
