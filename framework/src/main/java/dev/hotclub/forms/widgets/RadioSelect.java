package dev.hotclub.forms.widgets;

import dev.hotclub.http.Html;
import java.util.Map;

/** Django's {@code RadioSelect} (Django 3.2's list layout): one radio button per choice, each in its label. */
public class RadioSelect extends ChoiceWidget {
    protected String optionType() {
        return "radio";
    }

    @Override
    protected String renderHtml(String name, Object value, Map<String, Object> attrs) {
        Object id = attrs.get("id");
        Object cssClass = attrs.get("class");
        StringBuilder out = new StringBuilder("<ul");
        if (id != null && !"".equals(id)) {
            out.append(" id=\"").append(Html.escape(id)).append('"');
        }
        if (cssClass != null && !"".equals(cssClass)) {
            out.append(" class=\"").append(Html.escape(cssClass)).append('"');
        }
        out.append('>');
        for (OptionGroup group : optgroups(value, attrs, true)) {
            if (group.label() != null) {
                out.append("\n  <li>").append(Html.escape(group.label())).append("<ul");
                if (id != null && !"".equals(id)) {
                    out.append(" id=\"").append(Html.escape(id + "_" + group.index())).append('"');
                }
                out.append('>');
            }
            for (Option option : group.options()) {
                Object optionId = option.attrs().get("id");
                out.append("\n    <li><label").append(optionId == null ? "" : " for=\"" + Html.escape(optionId) + "\"")
                        .append("><input type=\"").append(optionType()).append("\" name=\"").append(Html.escape(name))
                        .append("\" value=\"").append(Html.escape(option.value())).append('"')
                        .append(renderAttrs(option.attrs())).append(">\n ").append(Html.escape(option.label()))
                        .append("</label>\n\n</li>");
            }
            if (group.label() != null) {
                out.append("\n  </ul></li>");
            }
        }
        return out.append("\n</ul>").toString();
    }
}
