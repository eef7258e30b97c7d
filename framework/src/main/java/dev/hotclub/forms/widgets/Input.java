package dev.hotclub.forms.widgets;

import dev.hotclub.http.Html;
import java.util.Map;

/** An {@code <input>} of some type (Django's {@code Input}); a {@code type} attribute changes the type. */
public class Input extends Widget {
    private String inputType;

    public Input(String inputType) {
        this.inputType = inputType;
    }

    @Override
    public Widget attr(String name, Object value) {
        if (name.equals("type")) {
            inputType = String.valueOf(value);
            return this;
        }
        return super.attr(name, value);
    }

    public String inputType() {
        return inputType;
    }

    @Override
    protected String renderHtml(String name, Object value, Map<String, Object> attrs) {
        String shown = formatValue(value);
        return "<input type=\"" + Html.escape(inputType) + "\" name=\"" + Html.escape(name) + "\""
                + (shown == null ? "" : " value=\"" + Html.escape(shown) + "\"") + renderAttrs(attrs) + ">";
    }
}
