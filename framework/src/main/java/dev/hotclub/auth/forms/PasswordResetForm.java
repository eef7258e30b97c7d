package dev.hotclub.auth.forms;

import dev.hotclub.forms.EmailField;
import dev.hotclub.forms.Field;
import dev.hotclub.forms.Form;
import dev.hotclub.forms.widgets.EmailInput;

/** Django's {@code PasswordResetForm}: the email address to send a reset link to. */
public class PasswordResetForm extends Form {
    public final Field<String> email = field("email", new EmailField()
            .widget(new EmailInput().attr("autocomplete", "email")).label("Email"));
}
