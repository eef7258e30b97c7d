package dev.hotclub.forms.widgets;

/** Django's {@code URLInput}: {@code <input type="url">}. */
public class URLInput extends Input {
    public URLInput() {
        super("url");
    }
}
