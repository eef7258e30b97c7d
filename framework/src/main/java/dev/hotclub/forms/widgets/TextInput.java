package dev.hotclub.forms.widgets;

/** Django's {@code TextInput}: {@code <input type="text">}. */
public class TextInput extends Input {
    public TextInput() {
        super("text");
    }
}
