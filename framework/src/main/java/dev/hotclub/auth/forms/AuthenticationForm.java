package dev.hotclub.auth.forms;

import dev.hotclub.auth.Auth;
import dev.hotclub.auth.models.AbstractUser;
import dev.hotclub.conf.Settings;
import dev.hotclub.forms.CharField;
import dev.hotclub.forms.Field;
import dev.hotclub.forms.Form;
import dev.hotclub.forms.ValidationError;
import dev.hotclub.forms.widgets.PasswordInput;
import dev.hotclub.forms.widgets.TextInput;
import java.util.Map;

/**
 * Django's {@code AuthenticationForm}: a username and a password, valid when they are an active user's
 * ({@link Auth#authenticate}); {@link #getUser()} is that user. The error is Django's, the same for an unknown
 * username and a wrong password.
 */
public class AuthenticationForm extends Form {
    /** Django's {@code invalid_login} message. */
    public static final String INVALID_LOGIN = "Please enter a correct %(username)s and password. Note that both fields"
            + " may be case-sensitive.";
    /** Django's {@code inactive} message. */
    public static final String INACTIVE = "This account is inactive.";

    public final Field<String> username = field("username", new CharField().maxLength(150)
            .widget(new TextInput().attr("autofocus", true).attr("autocapitalize", "none").attr("autocomplete", "username"))
            .label("Username"));
    public final Field<String> password = field("password", new CharField().strip(false)
            .widget(new PasswordInput().attr("autocomplete", "current-password")).label("Password"));

    private final Settings settings;
    private AbstractUser user;
    private String refusal;

    public AuthenticationForm(Settings settings) {
        this.settings = settings;
    }

    /**
     * Makes the form invalid with {@code message} (the login throttle's) and no password checked: call it before
     * {@code isValid()}.
     */
    public AuthenticationForm refuse(String message) {
        this.refusal = message;
        return this;
    }

    @Override
    protected void clean() {
        if (refusal != null) {
            throw new ValidationError(refusal, "throttled");
        }
        if (!hasCleaned(username) || !hasCleaned(password)) {
            return;
        }
        user = Auth.authenticate(settings, cleaned(username), cleaned(password)).orElse(null);
        if (user == null) {
            throw new ValidationError(INVALID_LOGIN, "invalid_login", Map.of("username", "username"));
        }
    }

    /** The user the form authenticated, after {@code isValid()}; {@code null} otherwise. */
    public AbstractUser getUser() {
        return user;
    }
}
