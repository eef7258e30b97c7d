package dev.hotclub.forms;

import dev.hotclub.forms.widgets.CheckboxSelectMultiple;
import dev.hotclub.forms.widgets.RadioSelect;
import dev.hotclub.forms.widgets.Widget;
import dev.hotclub.http.Html;
import dev.hotclub.templates.SafeHtml;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A field of a form with its data (Django's {@code BoundField}): what a template shows field by field.
 *
 * <pre>{@code
 * <div class="field">${form.email.labelTag}${form.email}${form.email.errors}
 *   <#if form.email.helpText?has_content><small>${form.email.helpText}</small></#if></div>
 * }</pre>
 *
 * Printed, it is the widget's HTML with Django's attributes ({@code required}, {@code maxlength}...), the value
 * typed kept, and, as Django 5.2, {@code aria-invalid} and {@code aria-describedby} pointing at its help text and
 * errors. Templates may also write Django's names: {@code label_tag}, {@code help_text}, {@code id_for_label}.
 */
public final class BoundField implements SafeHtml {
    private final Form form;
    private final Field<?> field;
    private final String name;

    BoundField(Form form, Field<?> field, String name) {
        this.form = form;
        this.field = field;
        this.name = name;
    }

    public Form form() {
        return form;
    }

    public Field<?> field() {
        return field;
    }

    /** The field's name in the form. */
    public String name() {
        return name;
    }

    /** The HTML name, with the form's prefix. */
    public String htmlName() {
        return form.addPrefix(name);
    }

    public String htmlInitialName() {
        return form.addInitialPrefix(name);
    }

    /** The label: the field's, else the name with {@code _} as spaces, capitalized as Python's {@code capitalize()}. */
    public String label() {
        if (field.label() != null) {
            return field.label();
        }
        String pretty = name.replace('_', ' ');
        return pretty.isEmpty() ? pretty : pretty.substring(0, 1).toUpperCase() + pretty.substring(1).toLowerCase();
    }

    public String helpText() {
        return field.helpText();
    }

    /** This field's errors (cleaning the form if it was not). */
    public ErrorList errors() {
        ErrorList list = form.errors().get(name);
        return (list == null ? ErrorList.empty() : list).withFieldId(autoId());
    }

    public boolean isHidden() {
        return field.widget().isHidden();
    }

    /** The id the widget gets ({@code id_email}), or "" without ids. */
    public String autoId() {
        String pattern = form.autoId();
        if (pattern == null || pattern.isEmpty()) {
            return "";
        }
        return pattern.contains("%s") ? pattern.replace("%s", htmlName()) : htmlName();
    }

    /** The id a {@code <label for>} should point at (the first radio button's, for radio buttons). */
    public String idForLabel() {
        Object given = field.widget().attrs().get("id");
        String id = given != null ? String.valueOf(given) : autoId();
        String forLabel = field.widget().idForLabel(id);
        return forLabel == null ? "" : forLabel;
    }

    /** The initial value (the form's, else the field's). */
    public Object initial() {
        return form.initialFor(name);
    }

    /** The data posted for this field, as the widget reads it. */
    public Object data() {
        return field.widget().valueFromData(form.data(), form.files(), htmlName());
    }

    /** The value the widget shows: what was posted in a bound form (kept when invalid), else the initial value. */
    public Object value() {
        Object value = initial();
        if (form.isBound()) {
            value = field.boundData(data(), value);
        }
        return field.prepareValue(value);
    }

    /** Django's {@code css_classes()}: the form's error and required classes that apply. */
    public String cssClasses() {
        Set<String> classes = new TreeSet<>();
        if (form.errorCssClass() != null && !errors().isEmpty()) {
            classes.add(form.errorCssClass());
        }
        if (form.requiredCssClass() != null && field.isRequired()) {
            classes.add(form.requiredCssClass());
        }
        return String.join(" ", classes);
    }

    /** Whether the field renders as a group of inputs (radio buttons, checkboxes) to put in a fieldset. */
    public boolean usesFieldset() {
        return field.widget() instanceof RadioSelect || field.widget() instanceof CheckboxSelectMultiple;
    }

    /** {@code <label for="id_email">Email:</label>}. */
    public SafeHtml labelTag() {
        return SafeHtml.of(tag("label", Html.escape(label()), Map.of(), null));
    }

    /** A label with other contents (escaped), attributes or suffix. */
    public SafeHtml labelTagWith(String contents, Map<String, ?> attrs, String labelSuffix) {
        return SafeHtml.of(tag("label", Html.escape(contents == null ? label() : contents), attrs, labelSuffix));
    }

    /** {@code <legend for="id_size_0">Size:</legend>}, for a fieldset (Django 4.1's {@code legend_tag}). */
    public SafeHtml legendTag() {
        return SafeHtml.of(tag("legend", Html.escape(label()), Map.of(), null));
    }

    private String tag(String tagName, String contents, Map<String, ?> attrs, String labelSuffix) {
        String suffix = labelSuffix != null ? labelSuffix
                : field.labelSuffix() != null ? field.labelSuffix() : form.labelSuffix();
        if (suffix != null && !suffix.isEmpty() && !contents.isEmpty() && ":?.!".indexOf(contents.charAt(contents.length() - 1)) < 0) {
            contents = contents + Html.escape(suffix);
        }
        Object given = field.widget().attrs().get("id");
        if ((given == null || "".equals(given)) && autoId().isEmpty()) {
            return contents;   // as Django: without an id there is nothing for a label to point at
        }
        Map<String, Object> all = new LinkedHashMap<>(attrs);
        String forId = idForLabel();
        if (!forId.isEmpty()) {
            all.put("for", forId);
        }
        if (field.isRequired() && form.requiredCssClass() != null) {
            Object cls = all.get("class");
            all.put("class", cls == null ? form.requiredCssClass() : cls + " " + form.requiredCssClass());
        }
        StringBuilder out = new StringBuilder("<").append(tagName);
        all.forEach((k, v) -> out.append(' ').append(Html.escape(k)).append("=\"").append(Html.escape(v)).append('"'));
        return out.append('>').append(contents).append("</").append(tagName).append('>').toString();
    }

    /** The widget's HTML (Django's {@code as_widget()}). */
    public SafeHtml asWidget() {
        return SafeHtml.of(render(field.widget(), Map.of(), false));
    }

    /** The field rendered with another widget and extra attributes. */
    public SafeHtml asWidgetWith(Widget widget, Map<String, ?> attrs) {
        return SafeHtml.of(render(widget == null ? field.widget() : widget, attrs, false));
    }

    /** The field as a hidden input. */
    public SafeHtml asHidden() {
        return SafeHtml.of(render(field.hiddenWidget(), Map.of(), false));
    }

    private String render(Widget widget, Map<String, ?> extra, boolean onlyInitial) {
        widget.setRequired(field.isRequired());
        Map<String, Object> attrs = new LinkedHashMap<>(field.widgetAttrs(widget));
        attrs.putAll(extra);
        if (widget.useRequiredAttribute(initial()) && field.isRequired() && form.usesRequiredAttribute()) {
            attrs.put("required", true);
        }
        if (field.isDisabled()) {
            attrs.put("disabled", true);
        }
        String id = autoId();
        if (!onlyInitial && !widget.isHidden() && !attrs.containsKey("aria-describedby")
                && !widget.attrs().containsKey("aria-describedby") && !id.isEmpty()) {
            String describedBy = "";
            if (!field.helpText().isEmpty()) {
                describedBy = id + "_helptext";
            }
            if (form.isBound() && form.errors().containsKey(name)) {
                attrs.put("aria-invalid", "true");
                describedBy = (describedBy + " " + id + "_error").strip();
            }
            if (!describedBy.isEmpty()) {
                attrs.put("aria-describedby", describedBy);
            }
        }
        if (!id.isEmpty() && !widget.attrs().containsKey("id")) {
            attrs.putIfAbsent("id", onlyInitial ? "initial-" + id : id);
        }
        return widget.render(onlyInitial ? htmlInitialName() : htmlName(), value(), attrs);
    }

    @Override
    public String toHtml() {
        String html = render(field.widget(), Map.of(), false);
        if (field.showsHiddenInitial()) {
            html += render(field.hiddenWidget(), Map.of(), true);
        }
        return html;
    }

    @Override
    public String toString() {
        return toHtml();
    }
}
