package dev.hotclub.forms.widgets;

/** Django's {@code EmailInput}: {@code <input type="email">}. */
public class EmailInput extends Input {
    public EmailInput() {
        super("email");
    }
}
