package dev.hotclub.devserver.cli;

import dev.hotclub.devserver.HotclubVersion;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line behind {@code ./hotclub} and a project's {@code ./manage}.
 *
 * <pre>
 * ./hotclub runserver [ADDR:]PORT      the starter project, with hot reload
 * ./hotclub startproject NAME [DIR]    a new project
 * ./manage runserver [ADDR:]PORT       inside a generated project
 * ./manage startapp NAME
 * ./hotclub --version                 the Hotclub version (also ./manage --version)
 * </pre>
 *
 * The launchers pass {@code --program} (for messages), {@code --home} (the Hotclub checkout) and
 * {@code --project} (the project to work on) before the command.
 */
public final class Main {

    private static final List<Command> COMMANDS = java.util.stream.Stream.concat(
        java.util.stream.Stream.of(new RunserverCommand(), new StartprojectCommand(), new StartappCommand(), new CheckCommand()),
        java.util.stream.Stream.concat(MigrationCommand.all().stream(), UserCommand.all().stream())).toList();

    private Main() {
    }

    public static void main(String[] args) {
        int status = run(args, System.out, System.err, Path.of("").toAbsolutePath());
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs a command line; returns the exit status (the running server of runserver blocks until CONTROL-C). */
    public static int run(String[] args, PrintStream out, PrintStream err, Path workingDir) {
        return run(args, System.in, out, err, workingDir);
    }

    /** As {@link #run(String[], PrintStream, PrintStream, Path)}, the commands that ask questions reading {@code in}. */
    public static int run(String[] args, java.io.InputStream in, PrintStream out, PrintStream err, Path workingDir) {
        String program = "hotclub";
        Path project = null;
        Path home = null;
        List<String> rest = new ArrayList<>(List.of(args));
        while (rest.size() >= 2 && rest.get(0).startsWith("--") && List.of("--program", "--project", "--home").contains(rest.get(0))) {
            String option = rest.remove(0);
            String value = rest.remove(0);
            switch (option) {
                case "--program" -> program = value;
                case "--project" -> project = workingDir.resolve(value).normalize();
                default -> home = workingDir.resolve(value).normalize();
            }
        }
        if (project == null && home != null) {
            project = home.resolve("starter-template");
        }
        Command.Context context = new Command.Context(program, project, home, workingDir, out, err, in);
        if (rest.size() == 1 && (rest.get(0).equals("--version") || rest.get(0).equals("version"))) {
            // django-admin --version: the version alone, for scripts and bug reports
            out.println(HotclubVersion.get());
            return 0;
        }
        if (rest.isEmpty() || rest.get(0).equals("help") && rest.size() == 1 || isHelp(rest.get(0))) {
            out.print(overview(program, home != null));
            return 0;
        }
        String name = rest.get(0).equals("help") ? rest.get(1) : rest.get(0);
        Command command = COMMANDS.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
        if (command == null) {
            err.println("Unknown command: '" + name + "'");
            err.println("Type '" + program + " help' for usage.");
            return 1;
        }
        List<String> commandArgs = rest.subList(1, rest.size());
        if (rest.get(0).equals("help") || commandArgs.stream().anyMatch(Main::isHelp)) {
            out.println(command.usage(program));
            out.println();
            out.print(command.help());
            return 0;
        }
        try {
            return command.run(context, commandArgs);
        } catch (CommandError e) {
            err.println("CommandError: " + e.getMessage());
            return 1;
        } catch (Exception e) {
            err.println("Error: " + e);
            e.printStackTrace(err);
            return 1;
        }
    }

    private static boolean isHelp(String arg) {
        return arg.equals("--help") || arg.equals("-h");
    }

    private static String overview(String program, boolean inCheckout) {
        StringBuilder text = new StringBuilder();
        text.append("Type '").append(program).append(" help <subcommand>' for help on a specific subcommand.\n\n");
        text.append("Available subcommands:\n\n[hotclub]\n");
        for (Command command : COMMANDS) {
            if (inCheckout ? command.name().equals("startapp") : command.name().equals("startproject")) {
                continue;
            }
            text.append(String.format("    %-28s %s%n", command.name() + " " + command.arguments(), command.summary()));
        }
        return text.toString();
    }
}
