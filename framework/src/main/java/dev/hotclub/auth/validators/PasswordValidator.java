package dev.hotclub.auth.validators;

/**
 * One of Django's {@code AUTH_PASSWORD_VALIDATORS}: refuses a password with an {@link InvalidPassword}, and says
 * in a help text what it wants. Implementations are immutable and thread-safe.
 */
public interface PasswordValidator {
    /** Throws {@link InvalidPassword} when {@code password} does not pass; {@code user} may be {@link UserAttributes#none()}. */
    void validate(String password, UserAttributes user);

    /** What the validator asks for, shown beside a password field ("Your password can’t be entirely numeric."). */
    String helpText();

    /** Called after a password is changed (for validators that remember past passwords); nothing by default. */
    default void passwordChanged(String password, UserAttributes user) {
    }
}
