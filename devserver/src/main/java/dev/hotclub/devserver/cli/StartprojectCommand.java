package dev.hotclub.devserver.cli;

import dev.hotclub.devserver.HotclubVersion;
import dev.hotclub.devserver.scaffold.ProjectGenerator;
import dev.hotclub.devserver.scaffold.ScaffoldException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code startproject NAME [DIR] [--example]}: a new project, as Django's: settings, the root URLconf (empty: the
 * welcome page shows until it has a pattern), the default middleware, a 404 page and a test. {@code --example}
 * copies the greetings example instead (the starter project that {@code ./hotclub runserver} serves).
 */
final class StartprojectCommand implements Command {
    private static final String EXAMPLE = "--example";

    @Override
    public String name() {
        return "startproject";
    }

    @Override
    public String arguments() {
        return "NAME [DIR]";
    }

    @Override
    public String summary() {
        return "Creates a Hotclub project directory structure for the given project name.";
    }

    @Override
    public String help() {
        return """
            Creates a Hotclub project for the given project name in the current directory or the given
            destination: its settings and root URLconf (NAME/Site.java), Django's default middleware, a 404
            page, a test, and its own ./manage script. With DEBUG on, its pages show the welcome page until
            the URLconf has a pattern; ./manage startapp NAME adds an app. The project builds and passes its
            tests (mvn test) right away.

            positional arguments:
              NAME          Name of the project: a Java package name such as blog or my_site
              DIR           Optional destination directory (default: ./NAME, which must not exist); an
                            existing DIR must be empty

            options:
              --example     Copy the greetings example (the starter project ./hotclub runserver serves)
                            instead of an empty project
              -h, --help    show this help message and exit
            """;
    }

    @Override
    public int run(Context context, List<String> args) throws Exception {
        Arguments arguments = Arguments.parse(args, List.of("NAME"), 2, Set.of(), Set.of(EXAMPLE));
        args = arguments.positionals();
        if (context.home() == null) {
            throw new CommandError("startproject copies the starter template of a Hotclub checkout:"
                + " run ./hotclub startproject NAME there.");
        }
        String name = args.get(0);
        Path target = context.workingDir().resolve(args.size() == 2 ? args.get(1) : name).toAbsolutePath().normalize();
        Path checkout = context.home().toAbsolutePath().normalize();
        if (target.startsWith(checkout)) {
            // A project inside the framework's checkout would be in its git status and its file searches.
            Path outside = checkout.resolveSibling(name);
            throw new CommandError("'" + target + "' is inside the Hotclub checkout '" + checkout + "'. Create the"
                + " project outside it, for example: " + context.program() + " startproject " + name + " "
                + context.workingDir().relativize(outside));
        }
        if (args.size() == 1 && Files.exists(target)) {
            // Django's rule: ./NAME is created, so it must not exist; an existing empty folder is taken as DIR only
            throw new CommandError("'" + target + "' already exists. Choose another name or folder, or remove that one first.");
        }
        Path created;
        try {
            Path template = context.home().resolve(arguments.flag(EXAMPLE) ? "starter-template" : "project-template");
            created = new ProjectGenerator(template, HotclubVersion.get()).generate(name, target);
        } catch (ScaffoldException e) {
            throw new CommandError(e.getMessage());
        }
        Path shown = context.workingDir().relativize(created);
        String where = shown.toString().isEmpty() || shown.startsWith("..") ? created.toString() : shown.toString();
        context.out().println("Created project '" + name + "' in " + where + ". Next:");
        context.out().println("    cd " + where + " && ./manage runserver");
        return 0;
    }
}
