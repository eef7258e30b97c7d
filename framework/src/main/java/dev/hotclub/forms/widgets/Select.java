package dev.hotclub.forms.widgets;

import dev.hotclub.forms.Choice;
import dev.hotclub.http.Html;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Django's {@code Select}: a drop-down list. */
public class Select extends ChoiceWidget {
    @Override
    protected String renderHtml(String name, Object value, Map<String, Object> attrs) {
        Map<String, Object> all = new LinkedHashMap<>(attrs);
        if (allowsMultiple()) {
            all.put("multiple", true);
        }
        StringBuilder out = new StringBuilder("<select name=\"").append(Html.escape(name)).append('"')
                .append(renderAttrs(all)).append('>');
        for (OptionGroup group : optgroups(value, attrs, false)) {
            if (group.label() != null) {
                out.append("\n  <optgroup label=\"").append(Html.escape(group.label())).append("\">");
            }
            for (Option option : group.options()) {
                out.append("\n  <option value=\"").append(Html.escape(option.value())).append('"')
                        .append(renderAttrs(option.attrs())).append('>').append(Html.escape(option.label()))
                        .append("</option>\n");
            }
            if (group.label() != null) {
                out.append("\n  </optgroup>");
            }
        }
        return out.append("\n</select>").toString();
    }

    /** As Django: {@code required} only when the first choice is the empty one ("---------"). */
    @Override
    public boolean useRequiredAttribute(Object initial) {
        if (!super.useRequiredAttribute(initial)) {
            return false;
        }
        if (allowsMultiple()) {
            return true;
        }
        List<Choice> choices = choices();
        if (choices.isEmpty()) {
            return false;
        }
        Choice first = choices.get(0);
        return !first.isGroup() && first.valueString().isEmpty();
    }

    @Override
    public String idForLabel(String id) {
        return id;
    }
}
