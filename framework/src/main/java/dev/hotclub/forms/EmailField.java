package dev.hotclub.forms;

import dev.hotclub.forms.widgets.EmailInput;

/**
 * Django's {@code EmailField}: text checked by Django's email validator ({@code "Enter a valid email address."}),
 * at most 320 characters (RFC 3696, as Django since 3.2.20).
 */
public class EmailField extends CharField {
    public EmailField() {
        super(new EmailInput());
        maxLength(320);
        validators(Validators.email());
    }
}
