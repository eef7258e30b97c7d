package dev.hotclub.devserver.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** One subcommand of {@code ./hotclub} or {@code ./manage}. */
interface Command {

    /** Where a command runs: the program name for messages, the project, the Hotclub checkout, the streams. */
    record Context(String program, Path project, Path home, Path workingDir, PrintStream out, PrintStream err) {
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

    /**
     * argparse's errors for positional arguments: the {@code required} ones missing (named as the usage
     * line names them), or more than {@code most} given.
     */
    static void checkArgumentCount(List<String> args, List<String> required, int most) throws CommandError {
        if (args.size() < required.size()) {
            throw new CommandError("the following arguments are required: "
                + String.join(", ", required.subList(args.size(), required.size())));
        }
        if (args.size() > most) {
            throw new CommandError("unrecognized arguments: " + String.join(" ", args.subList(most, args.size())));
        }
    }

    default String usage(String program) {
        return "usage: " + program + " " + name() + (arguments().isEmpty() ? "" : " " + arguments());
    }
}
