package dev.hotclub.devserver.cli;

import dev.hotclub.devserver.HotclubVersion;
import dev.hotclub.devserver.scaffold.ProjectGenerator;
import dev.hotclub.devserver.scaffold.ScaffoldException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code startproject NAME [DIR]}: a new project from the starter template. */
final class StartprojectCommand implements Command {

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
            destination: a copy of the starter project with its package, artifact and name renamed, and
            its own ./manage script. The project builds and passes its tests (mvn test) right away.

            positional arguments:
              NAME          Name of the project: a Java package name such as blog or my_site
              DIR           Optional destination directory (default: ./NAME, which must not exist); an
                            existing DIR must be empty

            options:
              -h, --help    show this help message and exit
            """;
    }

    @Override
    public int run(Context context, List<String> args) throws Exception {
        args = Arguments.parse(args, List.of("NAME"), 2).positionals();
        if (context.home() == null) {
            throw new CommandError("startproject copies the starter template of a Hotclub checkout:"
                + " run ./hotclub startproject NAME there.");
        }
        String name = args.get(0);
        Path target = context.workingDir().resolve(args.size() == 2 ? args.get(1) : name).toAbsolutePath().normalize();
        if (args.size() == 1 && Files.exists(target)) {
            // Django's rule: ./NAME is created, so it must not exist; an existing empty folder is taken as DIR only
            throw new CommandError("'" + target + "' already exists. Choose another name or folder, or remove that one first.");
        }
        Path created;
        try {
            created = new ProjectGenerator(context.home().resolve("starter-template"), HotclubVersion.get()).generate(name, target);
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
