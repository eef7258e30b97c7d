package dev.hotclub.forms;

import dev.hotclub.http.Html;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A form's whole-form layouts: Django 3.2's {@code as_table}, {@code as_ul} and {@code as_p} byte for byte (plus
 * Django 5's ids on help texts and error lists, and the {@code aria-*} attributes on the widgets that point at
 * them), and Django 5's {@code div.html}. Help texts are written as they are, as Django does: they are the
 * developer's HTML, never the user's.
 */
final class FormLayouts {
    private FormLayouts() {
    }

    private record Rows(String normalRow, String errorRow, String rowEnder, String helpTextHtml,
                        boolean errorsOnSeparateRow) {
    }

    private static final Rows TABLE = new Rows(
            "<tr%(html_class_attr)s><th>%(label)s</th><td>%(errors)s%(field)s%(help_text)s</td></tr>",
            "<tr><td colspan=\"2\">%s</td></tr>", "</td></tr>", "<br><span class=\"helptext\"%(id)s>%s</span>", false);
    private static final Rows UL = new Rows(
            "<li%(html_class_attr)s>%(errors)s%(label)s %(field)s%(help_text)s</li>", "<li>%s</li>", "</li>",
            " <span class=\"helptext\"%(id)s>%s</span>", false);
    private static final Rows P = new Rows("<p%(html_class_attr)s>%(label)s %(field)s%(help_text)s</p>", "%s", "</p>",
            " <span class=\"helptext\"%(id)s>%s</span>", true);

    static String table(Form form) {
        return output(form, TABLE);
    }

    static String ul(Form form) {
        return output(form, UL);
    }

    static String p(Form form) {
        return output(form, P);
    }

    /** Django 3.2's {@code _html_output}. */
    private static String output(Form form, Rows rows) {
        List<String> hiddenErrors = new ArrayList<>();
        List<String> output = new ArrayList<>();
        StringBuilder hidden = new StringBuilder();
        String classAttr = "";
        for (BoundField field : form.fields()) {
            ErrorList errors = field.errors();
            if (field.isHidden()) {
                for (String error : errors) {
                    hiddenErrors.add("(Hidden field " + field.name() + ") " + error);
                }
                hidden.append(field.toHtml());
                continue;
            }
            String css = field.cssClasses();
            classAttr = css.isEmpty() ? "" : " class=\"" + css + "\"";
            if (rows.errorsOnSeparateRow() && !errors.isEmpty()) {
                output.add(rows.errorRow().replace("%s", errors.asUl()));
            }
            String label = field.label().isEmpty() ? "" : field.labelTag().toHtml();
            String help = field.helpText().isEmpty() ? ""
                    : helpText(rows, field);
            output.add(row(rows, classAttr, rows.errorsOnSeparateRow() ? "" : errors.asUl(), label, field.toHtml(), help));
        }
        ErrorList top = form.nonFieldErrors().withExtra(hiddenErrors);
        if (!top.isEmpty()) {
            output.add(0, rows.errorRow().replace("%s", top.asUl()));
        }
        if (!hidden.isEmpty()) {
            if (!output.isEmpty()) {
                String last = output.get(output.size() - 1);
                if (!last.endsWith(rows.rowEnder())) {
                    last = row(rows, classAttr, "", "", "", "");
                    output.add(last);
                }
                output.set(output.size() - 1,
                        last.substring(0, last.length() - rows.rowEnder().length()) + hidden + rows.rowEnder());
            } else {
                output.add(hidden.toString());
            }
        }
        return String.join("\n", output);
    }

    private static String helpText(Rows rows, BoundField field) {
        String id = field.autoId().isEmpty() ? "" : " id=\"" + Html.escape(field.autoId()) + "_helptext\"";
        int at = rows.helpTextHtml().indexOf("%(id)s");
        String html = rows.helpTextHtml().substring(0, at) + id + rows.helpTextHtml().substring(at + 6);
        int text = html.indexOf("%s");
        return html.substring(0, text) + field.helpText() + html.substring(text + 2);
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("%\\((\\w+)\\)s");

    /** Fills the row in one pass, so that a value holding a placeholder's text is never filled in turn. */
    private static String row(Rows rows, String classAttr, String errors, String label, String field, String help) {
        Map<String, String> values = Map.of("html_class_attr", classAttr, "errors", errors, "label", label,
                "field", field, "help_text", help);
        return PLACEHOLDER.matcher(rows.normalRow()).replaceAll(m -> Matcher.quoteReplacement(values.get(m.group(1))));
    }

    /**
     * Django 5's {@code div.html}: the form's errors, then per visible field a {@code <div>} with its label (a
     * fieldset with a legend for radio buttons and checkbox groups), help text, errors and widget; hidden fields
     * go in the last field's div.
     */
    static String div(Form form) {
        StringBuilder out = new StringBuilder();
        List<String> hiddenErrors = new ArrayList<>();
        StringBuilder hidden = new StringBuilder();
        for (BoundField field : form.hiddenFields()) {
            for (String error : field.errors()) {
                hiddenErrors.add("(Hidden field " + field.name() + ") " + error);
            }
            hidden.append(field.toHtml());
        }
        ErrorList top = form.nonFieldErrors().withExtra(hiddenErrors);
        if (!top.isEmpty()) {
            out.append(top.asUl()).append('\n');
        }
        List<BoundField> visible = form.visibleFields();
        if (visible.isEmpty()) {
            if (!hidden.isEmpty()) {
                out.append(top.isEmpty() ? hidden : "<div>" + hidden + "</div>");
            }
            return out.toString();
        }
        for (int i = 0; i < visible.size(); i++) {
            BoundField field = visible.get(i);
            String css = field.cssClasses();
            out.append("<div").append(css.isEmpty() ? "" : " class=\"" + Html.escape(css) + "\"").append(">\n");
            boolean fieldset = field.usesFieldset();
            if (fieldset) {
                out.append("<fieldset>");
            }
            if (!field.label().isEmpty()) {
                out.append(fieldset ? field.legendTag().toHtml() : field.labelTag().toHtml()).append('\n');
            }
            if (!field.helpText().isEmpty()) {
                String id = field.autoId();
                out.append("<div class=\"helptext\"").append(id.isEmpty() ? "" : " id=\"" + Html.escape(id) + "_helptext\"")
                        .append('>').append(field.helpText()).append("</div>\n");
            }
            ErrorList errors = field.errors();
            if (!errors.isEmpty()) {
                out.append(errors.asUl()).append('\n');
            }
            out.append(field.toHtml()).append('\n');
            if (fieldset) {
                out.append("</fieldset>\n");
            }
            if (i == visible.size() - 1 && !hidden.isEmpty()) {
                out.append(hidden).append('\n');
            }
            out.append("</div>");
            if (i < visible.size() - 1) {
                out.append('\n');
            }
        }
        return out.toString();
    }
}
