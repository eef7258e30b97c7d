package dev.hotclub.auth.validators;

import dev.hotclub.http.Html;
import java.util.ArrayList;
import java.util.List;

/**
 * Django's {@code AUTH_PASSWORD_VALIDATORS} and {@code validate_password}: every validator runs, and all the
 * reasons come back in one {@link InvalidPassword}.
 *
 * <pre>{@code
 * PasswordValidators validators = PasswordValidators.defaults();
 * validators.validatePassword("password", UserAttributes.of(Map.of("username", "alice")));
 * // InvalidPassword: "This password is too common."
 * }</pre>
 */
public final class PasswordValidators {
    private final List<PasswordValidator> validators;

    private PasswordValidators(List<PasswordValidator> validators) {
        this.validators = List.copyOf(validators);
    }

    /** These validators, run in this order. */
    public static PasswordValidators of(PasswordValidator... validators) {
        return new PasswordValidators(List.of(validators));
    }

    /** The four that Django's startproject enables: similarity, minimum length 8, common, numeric. */
    public static PasswordValidators defaults() {
        return of(new UserAttributeSimilarityValidator(), new MinimumLengthValidator(), new CommonPasswordValidator(),
                new NumericPasswordValidator());
    }

    /** None (Django's global default, an empty list): every password passes. */
    public static PasswordValidators none() {
        return of();
    }

    public List<PasswordValidator> validators() {
        return validators;
    }

    /** Django's {@code validate_password}: returns if {@code password} passes all, else throws with every reason. */
    public void validatePassword(String password, UserAttributes user) {
        List<PasswordError> errors = new ArrayList<>();
        for (PasswordValidator validator : validators) {
            try {
                validator.validate(password, user);
            } catch (InvalidPassword invalid) {
                errors.addAll(invalid.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidPassword(errors);
        }
    }

    /** Django's {@code password_changed}: tells the validators that remember passwords. */
    public void passwordChanged(String password, UserAttributes user) {
        validators.forEach(v -> v.passwordChanged(password, user));
    }

    /** Django's {@code password_validators_help_texts}. */
    public List<String> helpTexts() {
        return validators.stream().map(PasswordValidator::helpText).toList();
    }

    /** Django's {@code password_validators_help_text_html}: {@code <ul><li>...</li></ul>}, empty when none. */
    public String helpTextHtml() {
        if (validators.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<ul>");
        helpTexts().forEach(text -> html.append("<li>").append(Html.escape(text)).append("</li>"));
        return html.append("</ul>").toString();
    }
}
