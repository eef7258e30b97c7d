package dev.hotclub.forms.widgets;

import dev.hotclub.http.Html;
import java.util.Map;

/** Django's {@code Textarea}, 40 columns by 10 rows unless told otherwise. */
public class Textarea extends Widget {
    public Textarea() {
        attr("cols", "40");
        attr("rows", "10");
    }

    @Override
    protected String renderHtml(String name, Object value, Map<String, Object> attrs) {
        String shown = formatValue(value);
        return "<textarea name=\"" + Html.escape(name) + "\"" + renderAttrs(attrs) + ">\n"
                + (shown == null ? "" : Html.escape(shown)) + "</textarea>";
    }
}
