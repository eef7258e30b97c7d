package dev.hotclub.devserver.cli;

import dev.hotclub.devserver.scaffold.AppGenerator;
import dev.hotclub.devserver.scaffold.ScaffoldException;
import java.util.List;

/** {@code startapp NAME}: a new app in the project. */
final class StartappCommand implements Command {

    @Override
    public String name() {
        return "startapp";
    }

    @Override
    public String arguments() {
        return "NAME";
    }

    @Override
    public String summary() {
        return "Creates a Hotclub app directory structure for the given app name in this project.";
    }

    @Override
    public String help() {
        return """
            Creates a Hotclub app in this project: src/main/java/NAME/ with the app's URLconf (NAMEApp) and
            views, its templates folder src/main/resources/NAME/templates/NAME/ with an index page, and a
            test. The line that mounts the app is added to the project's URLconf when that can be done
            safely; otherwise it is printed for you to add.

            positional arguments:
              NAME          Name of the application: a Java package name such as blog or polls

            options:
              -h, --help    show this help message and exit
            """;
    }

    @Override
    public int run(Context context, List<String> args) throws Exception {
        args = Arguments.parse(args, List.of("NAME"), 1).positionals();
        if (context.project() == null || context.home() != null) {
            // In a checkout the project is starter-template/, which every new project copies: not to be changed.
            throw new CommandError("startapp works on a generated project: run ./manage startapp NAME in your project's folder.");
        }
        AppGenerator.Result result;
        try {
            result = new AppGenerator(context.project()).generate(args.get(0));
        } catch (ScaffoldException e) {
            throw new CommandError(e.getMessage());
        }
        String appDir = context.project().relativize(result.appDir()).toString();
        context.out().println("Created app '" + args.get(0) + "' in " + appDir + ".");
        if (result.added()) {
            context.out().println("Added it to the project's URLconf in " + context.project().relativize(result.urlConfFile()) + ":");
            context.out().println("    " + result.mountLine());
        } else {
            String where = result.urlConfFile() == null ? "your project's URLconf (the class named in"
                + " src/main/resources/META-INF/services/dev.hotclub.project.ProjectProvider)"
                : context.project().relativize(result.urlConfFile()).toString();
            context.out().println("To serve it, add this line to the .urls(...) of " + where + ":");
            context.out().println("    " + result.mountLine());
        }
        return 0;
    }
}
