package dev.hotclub.forms;

import dev.hotclub.forms.widgets.EmailInput;

/** Django's {@code EmailField}: text checked by Django's email validator ({@code "Enter a valid email address."}). */
public class EmailField extends CharField {
    public EmailField() {
        super(new EmailInput());
        validators(Validators.email());
    }
}
