package dev.hotclub.forms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hotclub.http.Html;
import dev.hotclub.templates.SafeHtml;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A form's errors by field name (Django's {@code ErrorDict}); the form's own errors are under {@link #NON_FIELD_ERRORS}
 * ({@code "__all__"}). Printed in a template it is Django's nested {@code <ul class="errorlist">}.
 */
public final class FormErrors extends AbstractMap<String, ErrorList> implements SafeHtml {
    public static final String NON_FIELD_ERRORS = "__all__";
    private final Map<String, ErrorList> errors = new LinkedHashMap<>();

    ErrorList getOrCreate(String field) {
        return errors.computeIfAbsent(field, f -> new ErrorList(
                f.equals(NON_FIELD_ERRORS) ? "errorlist nonfield" : "errorlist", null));
    }

    @Override
    public Set<Entry<String, ErrorList>> entrySet() {
        return java.util.Collections.unmodifiableMap(errors).entrySet();
    }

    /** Django's {@code as_ul()}. */
    public String asUl() {
        if (errors.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("<ul class=\"errorlist\">");
        errors.forEach((field, list) -> out.append("<li>").append(Html.escape(field)).append(list.asUl()).append("</li>"));
        return out.append("</ul>").toString();
    }

    /** Django's {@code as_text()}. */
    public String asText() {
        StringBuilder out = new StringBuilder();
        errors.forEach((field, list) -> {
            out.append(out.isEmpty() ? "" : "\n").append("* ").append(field);
            for (String text : list) {
                out.append("\n  * ").append(text);
            }
        });
        return out.toString();
    }

    /** Django's {@code get_json_data()}: each field's messages with their codes. */
    public Map<String, List<Map<String, String>>> jsonData() {
        Map<String, List<Map<String, String>>> out = new LinkedHashMap<>();
        errors.forEach((field, list) -> {
            List<Map<String, String>> items = new ArrayList<>();
            for (ValidationError.Message m : list.data()) {
                Map<String, String> item = new LinkedHashMap<>();
                item.put("message", m.text());
                item.put("code", m.code() == null ? "" : m.code());
                items.add(item);
            }
            out.put(field, items);
        });
        return out;
    }

    /** Django's {@code as_json()}. */
    public String asJson() {
        try {
            return new ObjectMapper().writeValueAsString(jsonData());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
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
