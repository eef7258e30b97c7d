package dev.hotclub.auth.forms;

import dev.hotclub.auth.models.AbstractUser;
import dev.hotclub.auth.models.UserModel;
import dev.hotclub.auth.validators.InvalidPassword;
import dev.hotclub.auth.validators.PasswordValidators;
import dev.hotclub.forms.CharField;
import dev.hotclub.forms.Field;
import dev.hotclub.forms.Form;
import dev.hotclub.forms.ValidationError;
import dev.hotclub.forms.widgets.PasswordInput;
import java.util.ArrayList;
import java.util.List;

/** Django's {@code SetPasswordForm}: a new password twice, without the old one (after a password reset). */
public class SetPasswordForm extends Form {
    /** Django's {@code password_mismatch} message (3.2's curly apostrophe). */
    public static final String PASSWORD_MISMATCH = "The two password fields didn\u2019t match.";

    /** Django's {@code password_incorrect} message (PasswordChangeForm). */
    public static final String PASSWORD_INCORRECT = "Your old password was entered incorrectly. Please enter it again.";

    /** The old password: {@code null} here, asked by {@link PasswordChangeForm}. */
    public final Field<String> oldPassword;
    public final Field<String> newPassword1;
    public final Field<String> newPassword2;

    private final AbstractUser user;
    private final UserModel<?> users;
    private final PasswordValidators validators;

    public SetPasswordForm(AbstractUser user, UserModel<?> users, PasswordValidators validators) {
        this(user, users, validators, false);
    }

    protected SetPasswordForm(AbstractUser user, UserModel<?> users, PasswordValidators validators, boolean askOldPassword) {
        this.user = user;
        this.users = users;
        this.validators = validators;
        oldPassword = !askOldPassword ? null : field("old_password", new CharField().strip(false)
                .widget(new PasswordInput().attr("autocomplete", "current-password").attr("autofocus", true))
                .label("Old password"), this::cleanOldPassword);
        newPassword1 = field("new_password1", new CharField().strip(false)
                .widget(new PasswordInput().attr("autocomplete", "new-password")).label("New password")
                .helpText(validators.helpTextHtml()));
        newPassword2 = field("new_password2", new CharField().strip(false)
                .widget(new PasswordInput().attr("autocomplete", "new-password")).label("New password confirmation"),
                this::cleanNewPassword2);
    }

    private String cleanOldPassword(String old) {
        if (!user.checkPassword(old, users.hashers())) {
            throw new ValidationError(PASSWORD_INCORRECT, "password_incorrect");
        }
        return old;
    }

    private String cleanNewPassword2(String second) {
        String first = hasCleaned(newPassword1) ? cleaned(newPassword1) : null;
        if (first != null && !first.equals(second)) {
            throw new ValidationError(PASSWORD_MISMATCH, "password_mismatch");
        }
        try {
            validators.validatePassword(second, user);
        } catch (InvalidPassword invalid) {
            List<ValidationError.Message> messages = new ArrayList<>();
            invalid.messages().forEach(m -> messages.add(new ValidationError(m).messages().get(0)));
            throw new ValidationError(messages);
        }
        return second;
    }

    /** Stores the new password (hashed) and saves the user. */
    public AbstractUser save() {
        users.setPassword(user, cleaned(newPassword1));
        return user;
    }

    protected AbstractUser user() {
        return user;
    }

    protected UserModel<?> users() {
        return users;
    }
}
