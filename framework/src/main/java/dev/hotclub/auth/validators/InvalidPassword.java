package dev.hotclub.auth.validators;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A password the validators refused, with every reason ({@link #errors()}), as Django's
 * {@code validate_password} raises one {@code ValidationError} holding them all. The message is the reasons
 * joined by spaces, which is what a form shows under the password field.
 */
public final class InvalidPassword extends RuntimeException {
    private final List<PasswordError> errors;

    public InvalidPassword(List<PasswordError> errors) {
        super(errors.stream().map(PasswordError::message).collect(Collectors.joining(" ")));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("An InvalidPassword needs at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    public InvalidPassword(PasswordError error) {
        this(List.of(error));
    }

    /** The reasons, in the order of the validators that gave them. */
    public List<PasswordError> errors() {
        return errors;
    }

    /** The messages alone, as {@code createsuperuser} prints them one per line. */
    public List<String> messages() {
        return errors.stream().map(PasswordError::message).toList();
    }
}
