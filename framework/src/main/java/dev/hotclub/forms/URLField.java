package dev.hotclub.forms;

import dev.hotclub.forms.widgets.URLInput;
import java.util.regex.Pattern;

/**
 * Django's {@code URLField}: a URL without a scheme gets {@code http://} (as Django 3.2; Django 6 assumes
 * {@code https://}), then Django's URL validator checks it ({@code "Enter a valid URL."}).
 */
public class URLField extends CharField {
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    public URLField() {
        super(new URLInput());
        validators(Validators.url());
        defaultErrorMessage("invalid", "Enter a valid URL.");
    }

    @Override
    protected String toPython(Object value) {
        String text = super.toPython(value);
        if (text == null || text.isEmpty()) {
            return text;
        }
        if (!SCHEME.matcher(text).find() || text.matches("^[^:/]+:\\d+.*")) {
            return text.startsWith("//") ? "http:" + text : "http://" + text;
        }
        return text;
    }
}
