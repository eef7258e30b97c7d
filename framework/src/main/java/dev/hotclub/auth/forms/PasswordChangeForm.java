package dev.hotclub.auth.forms;

import dev.hotclub.auth.models.AbstractUser;
import dev.hotclub.auth.models.UserModel;
import dev.hotclub.auth.validators.PasswordValidators;

/**
 * Django's {@code PasswordChangeForm}: the old password, then the new one twice, checked by the project's password
 * validators; {@link #save()} stores it.
 */
public class PasswordChangeForm extends SetPasswordForm {
    public PasswordChangeForm(AbstractUser user, UserModel<?> users, PasswordValidators validators) {
        super(user, users, validators, true);
    }
}
