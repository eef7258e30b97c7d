package dev.hotclub.devserver.cli;

import dev.hotclub.devserver.DevServer;
import dev.hotclub.devserver.classpath.MavenDependencyClasspath;
import dev.hotclub.server.ListenAddress;
import java.net.BindException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
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
    public String usage(String program) {
        return Command.super.usage(program) + " [" + DebugLauncher.OPTION + " [ADDR:]PORT]";
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
              --debug-port [ADDR:]PORT
                            Run the server in a JVM a debugger can attach to (JDWP, default address
                            127.0.0.1); breakpoints in the project's classes hold across reloads
            """;
    }

    @Override
    public int run(Context context, List<String> args) throws Exception {
        Arguments arguments = Arguments.parse(args, List.of(), 1, Set.of(DebugLauncher.OPTION));
        ListenAddress address;
        try {
            address = arguments.positionals().isEmpty() ? ListenAddress.DEFAULT
                : ListenAddress.parse(arguments.positionals().get(0));
        } catch (IllegalArgumentException e) {
            throw new CommandError(e.getMessage());
        }
        ListenAddress debugAddress = arguments.option(DebugLauncher.OPTION).isEmpty() ? null
            : DebugLauncher.parseAddress(arguments.option(DebugLauncher.OPTION).get());
        checkProject(context);
        InetAddress listenOn = resolve(address.host());
        checkCanListen(listenOn, address);
        if (debugAddress != null) {
            if (!DebugLauncher.isDebuggee(debugAddress)) {
                return DebugLauncher.relaunch(context, debugAddress, args);
            }
            context.out().println("Debugger (JDWP) listening at " + debugAddress.host() + ":" + debugAddress.port()
                + ". Attach IntelliJ IDEA or VS Code to it: see docs/DEVSERVER.md, \"Debugging\".");
        }
        DevServer server;
        try {
            server = DevServer.start(DevServer.Options.of(context.project(), address.host(), address.port(),
                new MavenDependencyClasspath(context.out()::println), context.out()).withRequestLog(context.err()::println));
        } catch (RuntimeException e) {
            BindException bind = causeOf(e, BindException.class);
            if (bind != null) {
                throw new CommandError(bindError(bind, listenOn, address));
            }
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stopForExit();
            stopped.countDown();
        }, "hotclub-shutdown"));
        stopped.await();
        return 0;
    }

    /** Before anything is started or written: a folder that is not a project is an error, not a stack trace. */
    private static void checkProject(Context context) throws CommandError {
        if (context.project() == null) {
            throw new CommandError("No project to serve: run " + context.program() + " runserver in a project's folder.");
        }
        if (!Files.isRegularFile(context.project().resolve("pom.xml"))
            || !Files.isDirectory(context.project().resolve("src/main/java"))) {
            throw new CommandError("'" + context.project() + "' is not a Hotclub project: it has no pom.xml and"
                + " src/main/java. Run " + context.program() + " runserver in a project's folder (the one with pom.xml),"
                + " or create one with ./hotclub startproject NAME.");
        }
    }

    private static InetAddress resolve(String host) throws CommandError {
        try {
            return InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new CommandError("Cannot listen on '" + host + "': no such host. Give an IP address of this machine"
                + " (127.0.0.1:8000, 0.0.0.0:8000) or a name that resolves to one.");
        }
    }

    /**
     * Binds the address for a moment before anything starts, so a bad address is one line and the project
     * is not compiled (nor its dependencies resolved) for nothing. The real bind can still lose a race: it
     * gets the same messages.
     */
    private static void checkCanListen(InetAddress listenOn, ListenAddress address) throws CommandError {
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(listenOn, address.port()));
        } catch (BindException e) {
            throw new CommandError(bindError(e, listenOn, address));
        } catch (IOException e) {
            throw new CommandError("Cannot listen on " + address.url(address.port()) + ": " + e.getMessage() + ".");
        }
    }

    /** Django's runserver messages for EADDRINUSE, EADDRNOTAVAIL and EACCES, with the address given. */
    private static String bindError(BindException bind, InetAddress listenOn, ListenAddress address) {
        String reason = String.valueOf(bind.getMessage());
        String where = address.url(address.port());
        if (reason.contains("already in use")) {
            return "That port is already in use: another server listens on " + where + ". Stop it, or choose another port.";
        }
        if (reason.contains("assign requested address")) {
            return "That IP address can't be assigned to: " + listenOn.getHostAddress()
                + (address.host().equals(listenOn.getHostAddress()) ? "" : " ('" + address.host() + "')")
                + " is not an address of this machine. Use 127.0.0.1, 0.0.0.0 (every address) or one of its own.";
        }
        if (reason.contains("ermission denied")) {
            return "You don't have permission to access that port (" + address.port() + "): ports below 1024"
                + " need special rights. Choose a port above 1024, such as 8000.";
        }
        return "Cannot listen on " + where + ": " + reason + ".";
    }

    private static <T extends Throwable> T causeOf(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
