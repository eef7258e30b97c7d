package dev.hotclub.forms.widgets;

/** Django's {@code TimeInput}: {@code <input type="text">}. */
public class TimeInput extends Input {
    public TimeInput() {
        super("text");
    }
}
