package dev.hotclub.auth.commands;

import dev.hotclub.auth.models.AbstractUser;
import dev.hotclub.auth.models.UserModel;
import dev.hotclub.auth.validators.InvalidPassword;
import dev.hotclub.auth.validators.PasswordValidators;
import java.io.PrintStream;
import java.util.List;

/** Django's {@code changepassword [USERNAME]}: asks twice, three tries, with Django's messages. Returns the exit status. */
public final class ChangePasswordCommand {
    private final UserModel<? extends AbstractUser> users;
    private final PasswordValidators validators;
    private final Terminal terminal;
    private final PrintStream out;
    private final PrintStream err;

    public ChangePasswordCommand(UserModel<? extends AbstractUser> users, PasswordValidators validators, Terminal terminal,
                                 PrintStream out, PrintStream err) {
        this.users = users;
        this.validators = validators;
        this.terminal = terminal;
        this.out = out;
        this.err = err;
    }

    public int run(List<String> args) {
        if (args.size() > 1) {
            err.println("CommandError: changepassword takes one username at most; got " + args);
            return 1;
        }
        String username = args.isEmpty() ? System.getProperty("user.name", "") : args.get(0);
        AbstractUser user = users.getByNaturalKey(username).orElse(null);
        if (user == null) {
            err.println("CommandError: user '" + username + "' does not exist");
            return 1;
        }
        out.println("Changing password for user '" + username + "'");
        int tries = 0;
        while (tries < 3) {
            String first = terminal.readPassword("Password: ");
            String second = terminal.readPassword("Password (again): ");
            if (first == null || second == null) {
                err.println("CommandError: Operation cancelled.");
                return 1;
            }
            tries++;
            if (!first.equals(second)) {
                err.println("Passwords do not match. Please try again.");
                continue;
            }
            try {
                validators.validatePassword(second, user);
            } catch (InvalidPassword invalid) {
                err.println(String.join("\n", invalid.messages()));
                continue;
            }
            users.setPassword(user, second);
            out.println("Password changed successfully for user '" + username + "'");
            return 0;
        }
        err.println("CommandError: Aborting password change for user '" + username + "' after 3 attempts");
        return 1;
    }
}
