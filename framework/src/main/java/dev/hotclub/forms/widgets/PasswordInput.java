package dev.hotclub.forms.widgets;

import java.util.Map;

/** Django's {@code PasswordInput}: never writes the value back into the page, unless {@code renderValue(true)}. */
public class PasswordInput extends Input {
    private boolean renderValue;

    public PasswordInput() {
        super("password");
    }

    public PasswordInput renderValue(boolean renderValue) {
        this.renderValue = renderValue;
        return this;
    }

    @Override
    protected String renderHtml(String name, Object value, Map<String, Object> attrs) {
        return super.renderHtml(name, renderValue ? value : null, attrs);
    }
}
