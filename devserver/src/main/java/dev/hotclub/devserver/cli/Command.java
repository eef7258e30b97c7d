package dev.hotclub.devserver.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** One subcommand of {@code ./hotclub} or {@code ./manage}. */
interface Command {

    /** Where a command runs: the program name for messages, the project, the Hotclub checkout, the streams. */
    record Context(String program, Path project, Path home, Path workingDir, PrintStream out, PrintStream err,
                   java.io.InputStream in) {
        Context(String program, Path project, Path home, Path workingDir, PrintStream out, PrintStream err) {
            this(program, project, home, workingDir, out, err, System.in);
        }
    }

    String name();

    /** {@code runserver [ADDR:]PORT}: the arguments, as the usage line shows them. */
    String arguments();

    /** One line for the list of commands. */
    String summary();

    /** The text after the usage line in {@code --help}. */
    String help();

    /** Runs the command; returns the exit status. */
    int run(Context context, List<String> args) throws CommandError, Exception;

    default String usage(String program) {
        return "usage: " + program + " " + name() + (arguments().isEmpty() ? "" : " " + arguments());
    }
}
