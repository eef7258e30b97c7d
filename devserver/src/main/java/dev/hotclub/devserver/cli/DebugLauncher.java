package dev.hotclub.devserver.cli;

import dev.hotclub.server.ListenAddress;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code runserver --debug-port [ADDR:]PORT}: JDWP must be loaded when a JVM starts, so the launchers'
 * JVM starts the dev server again in a JVM with {@code -agentlib:jdwp} and waits for it. Doing this here
 * rather than in the shell scripts keeps {@code ./hotclub} and every project's {@code ./manage} (old ones
 * included) the same, and costs a second JVM start only when a debugger is asked for.
 *
 * <p>The debuggee is told it is one by a system property holding the address; it then serves as usual.
 * {@code suspend=n}: the server starts without waiting for a debugger, which can attach and detach at
 * any time.
 */
final class DebugLauncher {

    static final String OPTION = "--debug-port";
    private static final String PROPERTY = "hotclub.debugAddress";

    private DebugLauncher() {
    }

    /** {@code 5005}, {@code 127.0.0.1:5005}, {@code 0.0.0.0:5005} (any interface; mind who can reach it). */
    static ListenAddress parseAddress(String text) throws CommandError {
        try {
            return ListenAddress.parse(text);
        } catch (IllegalArgumentException e) {
            throw new CommandError("argument " + OPTION + ": " + e.getMessage());
        }
    }

    /** Whether this JVM is the one started for the debugger at {@code address}. */
    static boolean isDebuggee(ListenAddress address) {
        return jdwpAddress(address).equals(System.getProperty(PROPERTY));
    }

    /** Starts the same command line in a JVM with JDWP listening at {@code address}; returns its exit status. */
    static int relaunch(Command.Context context, ListenAddress address, List<String> runserverArgs)
            throws CommandError, IOException, InterruptedException {
        checkAvailable(address);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!option.startsWith("-agentlib:jdwp") && !option.startsWith("-D" + PROPERTY + "=")) {
                command.add(option); // the launcher's -XX options and HOTCLUB_JAVA_OPTS hold for the server too
            }
        }
        command.add("-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=" + jdwpAddress(address));
        command.add("-D" + PROPERTY + "=" + jdwpAddress(address));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.add("--program");
        command.add(context.program());
        if (context.home() != null) {
            command.add("--home");
            command.add(context.home().toString());
        }
        command.add("--project");
        command.add(context.project().toString());
        command.add("runserver");
        command.addAll(runserverArgs);
        Process server = new ProcessBuilder(command).directory(context.workingDir().toFile()).inheritIO().start();
        // CONTROL-C reaches both JVMs (one process group); a plain kill reaches only this one: pass it on,
        // and let the server finish stopping before this JVM exits and the shell prompt returns.
        Thread stopServer = new Thread(() -> {
            server.destroy();
            try {
                if (!server.waitFor(10, TimeUnit.SECONDS)) {
                    server.destroyForcibly();
                }
            } catch (InterruptedException e) {
                server.destroyForcibly();
            }
        }, "hotclub-stop-debuggee");
        Runtime.getRuntime().addShutdownHook(stopServer);
        int status = server.waitFor();
        try {
            Runtime.getRuntime().removeShutdownHook(stopServer);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running: it waits for the server
        }
        return status;
    }

    private static String jdwpAddress(ListenAddress address) {
        String host = address.host().contains(":") ? "[" + address.host() + "]" : address.host();
        return host + ":" + address.port();
    }

    /** JDWP's own error for a busy port is a page of transport errors; say it in one line instead. */
    private static void checkAvailable(ListenAddress address) throws CommandError {
        InetAddress host;
        try {
            host = InetAddress.getByName(address.host());
        } catch (UnknownHostException e) {
            throw new CommandError("argument " + OPTION + ": cannot find the address of '" + address.host() + "'.");
        }
        if (address.port() == 0) {
            return; // JDWP picks a free port and prints it
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(host, address.port()));
        } catch (BindException e) {
            throw new CommandError("The debug port " + address.port() + " is not available (" + e.getMessage()
                + "): another process (a debugged server still running?) uses it. Choose another with "
                + OPTION + ".");
        } catch (IOException e) {
            throw new CommandError("Cannot listen for a debugger at " + jdwpAddress(address) + ": " + e.getMessage());
        }
    }
}
