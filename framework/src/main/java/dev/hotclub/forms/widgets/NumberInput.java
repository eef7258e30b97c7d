package dev.hotclub.forms.widgets;

/** Django's {@code NumberInput}: {@code <input type="number">}. */
public class NumberInput extends Input {
    public NumberInput() {
        super("number");
    }
}
