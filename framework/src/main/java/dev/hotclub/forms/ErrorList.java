package dev.hotclub.forms;

import dev.hotclub.http.Html;
import dev.hotclub.templates.SafeHtml;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The errors of one field, or the form's non-field errors (Django's {@code ErrorList}): a list of the messages'
 * texts that prints in a template as {@code <ul class="errorlist" id="id_email_error"><li>...</li></ul>} (the
 * {@code id}, as Django 5.2, lets the input point at it with {@code aria-describedby}); empty, it prints nothing.
 * {@link #data()} has the messages with their codes.
 */
public final class ErrorList extends AbstractList<String> implements SafeHtml {
    private final List<ValidationError.Message> messages = new ArrayList<>();
    private final String cssClass;
    private final String fieldId;

    ErrorList(String cssClass, String fieldId) {
        this.cssClass = cssClass;
        this.fieldId = fieldId;
    }

    /** An empty list, as a field without errors has. */
    public static ErrorList empty() {
        return new ErrorList("errorlist", null);
    }

    void addAll(List<ValidationError.Message> more) {
        messages.addAll(more);
    }

    ErrorList withFieldId(String id) {
        ErrorList copy = new ErrorList(cssClass, id);
        copy.messages.addAll(messages);
        return copy;
    }

    ErrorList withExtra(List<String> texts) {
        ErrorList copy = new ErrorList(cssClass, fieldId);
        copy.messages.addAll(messages);
        texts.forEach(t -> copy.messages.add(new ValidationError.Message(t, null, Map.of())));
        return copy;
    }

    @Override
    public String get(int index) {
        return messages.get(index).text();
    }

    @Override
    public int size() {
        return messages.size();
    }

    /** The messages, with their codes and parameters (Django's {@code as_data()}). */
    public List<ValidationError.Message> data() {
        return List.copyOf(messages);
    }

    /** The CSS class of the list: {@code errorlist}, {@code errorlist nonfield} for the form's own errors. */
    public String cssClass() {
        return cssClass;
    }

    /** {@code <ul class="errorlist"><li>...</li></ul>}, or "" when empty. */
    public String asUl() {
        if (messages.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("<ul class=\"").append(Html.escape(cssClass)).append('"');
        if (fieldId != null && !fieldId.isEmpty()) {
            out.append(" id=\"").append(Html.escape(fieldId)).append("_error\"");
        }
        out.append('>');
        for (ValidationError.Message m : messages) {
            out.append("<li>").append(Html.escape(m.text())).append("</li>");
        }
        return out.append("</ul>").toString();
    }

    /** {@code * message} lines (Django's {@code as_text()}). */
    public String asText() {
        return messages.stream().map(m -> "* " + m.text()).collect(Collectors.joining("\n"));
    }

    @Override
    public String toHtml() {
        return asUl();
    }

    @Override
    public String toString() {
        return asUl();
    }
}
