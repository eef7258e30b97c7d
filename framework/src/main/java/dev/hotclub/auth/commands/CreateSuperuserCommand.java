package dev.hotclub.auth.commands;

import dev.hotclub.auth.models.AbstractUser;
import dev.hotclub.auth.models.UserModel;
import dev.hotclub.auth.validators.InvalidPassword;
import dev.hotclub.auth.validators.PasswordValidators;
import dev.hotclub.auth.validators.UserAttributes;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Django's {@code createsuperuser [--username U] [--email E] [--noinput]}, with its prompts and errors. With
 * {@code --noinput} the values come from the options or from HOTCLUB_SUPERUSER_USERNAME, _EMAIL and _PASSWORD (or
 * Django's DJANGO_SUPERUSER_*); without a password the account gets an unusable one. Returns the exit status.
 */
public final class CreateSuperuserCommand {
    /** Django's {@code UnicodeUsernameValidator}. */
    static final Pattern USERNAME = Pattern.compile("^[\\w.@+-]+\\z", Pattern.UNICODE_CHARACTER_CLASS);
    static final String INVALID_USERNAME = "Enter a valid username. This value may contain only letters, numbers, and"
            + " @/./+/-/_ characters.";
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final UserModel<? extends AbstractUser> users;
    private final PasswordValidators validators;
    private final Terminal terminal;
    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;

    public CreateSuperuserCommand(UserModel<? extends AbstractUser> users, PasswordValidators validators, Terminal terminal,
                                  PrintStream out, PrintStream err, Map<String, String> env) {
        this.users = users;
        this.validators = validators;
        this.terminal = terminal;
        this.out = out;
        this.err = err;
        this.env = env;
    }

    public int run(List<String> args) {
        try {
            return create(args);
        } catch (CommandError e) {
            err.println("CommandError: " + e.getMessage());
            return 1;
        }
    }

    private int create(List<String> args) {
        String username = null;
        String email = null;
        boolean interactive = true;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--noinput") || arg.equals("--no-input")) {
                interactive = false;
            } else if (arg.startsWith("--username=")) {
                username = arg.substring("--username=".length());
            } else if (arg.equals("--username") && i + 1 < args.size()) {
                username = args.get(++i);
            } else if (arg.startsWith("--email=")) {
                email = arg.substring("--email=".length());
            } else if (arg.equals("--email") && i + 1 < args.size()) {
                email = args.get(++i);
            } else {
                throw new CommandError("Unknown argument " + arg + ": createsuperuser takes --username U, --email E"
                        + " and --noinput");
            }
        }
        return interactive ? interactive(username, email) : noInput(username, email);
    }

    private int noInput(String username, String email) {
        String password = variable("PASSWORD");
        if (username == null) {
            username = variable("USERNAME");
        }
        if (username == null) {
            throw new CommandError("You must use --username with --noinput.");
        }
        String problem = usernameProblem(username);
        if (problem != null) {
            throw new CommandError(problem);
        }
        if (email == null) {
            email = variable("EMAIL");
        }
        if (email != null && !email.isEmpty() && !EMAIL.matcher(email).matches()) {
            throw new CommandError("Enter a valid email address.");
        }
        users.createSuperuser(username, email == null ? "" : email, password);
        out.println("Superuser created successfully.");
        return 0;
    }

    private int interactive(String username, String email) {
        String defaultName = defaultUsername();
        while (username == null) {
            String prompt = defaultName != null ? "Username (leave blank to use '" + defaultName + "'): " : "Username: ";
            String typed = read(prompt, false);
            if (typed.isEmpty() && defaultName != null) {
                typed = defaultName;
            }
            String problem = typed.isEmpty() ? "This field cannot be blank." : usernameProblem(typed);
            if (problem != null) {
                err.println("Error: " + problem);
                continue;
            }
            username = typed;
        }
        String problem = usernameProblem(username);
        if (problem != null) {
            throw new CommandError(problem);
        }
        while (email == null) {
            String typed = read("Email address: ", false);
            if (!typed.isEmpty() && !EMAIL.matcher(typed).matches()) {
                err.println("Error: Enter a valid email address.");
                continue;
            }
            email = typed;
        }
        String password = null;
        while (password == null) {
            String first = read("Password: ", true);
            String second = read("Password (again): ", true);
            if (!first.equals(second)) {
                err.println("Error: Your passwords didn't match.");
                continue;
            }
            if (first.strip().isEmpty()) {
                err.println("Error: Blank passwords aren't allowed.");
                continue;
            }
            try {
                String name = username;
                String mail = email;
                validators.validatePassword(first, UserAttributes.of(Map.of("username", name, "email", mail)));
            } catch (InvalidPassword invalid) {
                err.println(String.join("\n", invalid.messages()));
                String answer = read("Bypass password validation and create user anyway? [y/N]: ", false);
                if (!answer.toLowerCase(Locale.ROOT).startsWith("y")) {
                    continue;
                }
            }
            password = first;
        }
        users.createSuperuser(username, email, password);
        out.println("Superuser created successfully.");
        return 0;
    }

    private String read(String prompt, boolean secret) {
        String line = secret ? terminal.readPassword(prompt) : terminal.readLine(prompt);
        if (line == null) {
            // Django's KeyboardInterrupt / end of input.
            throw new CommandError("Operation cancelled.");
        }
        return secret ? line : line.strip();
    }

    private String usernameProblem(String username) {
        if (username.length() > 150) {
            return "Ensure this value has at most 150 characters (it has " + username.length() + ").";
        }
        if (!USERNAME.matcher(username).matches()) {
            return INVALID_USERNAME;
        }
        if (users.getByNaturalKey(username).isPresent()) {
            return "That username is already taken.";
        }
        return null;
    }

    // Django's get_default_username: the system user's name, lower case, if valid and free.
    private String defaultUsername() {
        String name = System.getProperty("user.name", "");
        name = name.toLowerCase(Locale.ROOT);
        if (name.isEmpty() || !USERNAME.matcher(name).matches() || users.getByNaturalKey(name).isPresent()) {
            return null;
        }
        return name;
    }

    private String variable(String suffix) {
        String value = env.get("HOTCLUB_SUPERUSER_" + suffix);
        return value != null ? value : env.get("DJANGO_SUPERUSER_" + suffix);
    }
}
