package dev.hotclub.devserver.cli;

import dev.hotclub.auth.commands.Terminal;
import dev.hotclub.auth.commands.UserCommandLine;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code createsuperuser} and {@code changepassword} (Django's, {@link UserCommandLine}) on the project as runserver
 * compiles it and on its database. On a console passwords are not echoed; otherwise the answers are read from
 * standard input, one a line.
 */
final class UserCommand implements Command {
    private final String name;

    private UserCommand(String name) {
        this.name = name;
    }

    static List<Command> all() {
        return List.of(new UserCommand("createsuperuser"), new UserCommand("changepassword"));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String arguments() {
        return UserCommandLine.arguments(name);
    }

    @Override
    public String summary() {
        return UserCommandLine.summary(name);
    }

    @Override
    public String help() {
        String options = name.equals("createsuperuser") ? """
                  --username USERNAME   Specifies the login for the superuser.
                  --email EMAIL         Specifies the email for the superuser.
                  --noinput             Do NOT prompt the user for input of any kind. You must use --username with
                                        --noinput (or HOTCLUB_SUPERUSER_USERNAME; DJANGO_SUPERUSER_USERNAME is read
                                        too), along with HOTCLUB_SUPERUSER_EMAIL and HOTCLUB_SUPERUSER_PASSWORD;
                                        without a password the superuser cannot log in until one is set.
                  --database DATABASE   Specifies the database to use. Default is "default".
                """ : """
                  USERNAME              Username to change password for; by default, it's the current username.
                  --database DATABASE   Specifies the database to use. Default is "default".
                """;
        return summary() + "\n\noptions:\n  -h, --help            show this help message and exit\n" + options
                + "\nThe auth tables must exist: run migrate first. See docs/AUTH.md. In production: java -jar"
                + " target/NAME.jar " + name + ".\n";
    }

    @Override
    public int run(Context context, List<String> args) throws Exception {
        Terminal terminal = context.in() == System.in && System.console() != null ? Terminal.system()
                : Terminal.of(new BufferedReader(new InputStreamReader(context.in(), StandardCharsets.UTF_8)), context.out());
        UserCommandLine.Io io = new UserCommandLine.Io(terminal, context.out(), context.err(), System.getenv());
        return MigrationCommand.onProject(context, name, (project, projectDir) -> UserCommandLine.run(project.settings(), projectDir,
                context.program() + " migrate", name, args, io));
    }
}
