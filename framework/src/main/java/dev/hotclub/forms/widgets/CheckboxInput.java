package dev.hotclub.forms.widgets;

import dev.hotclub.http.QueryDict;
import dev.hotclub.http.UploadedFile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Django's {@code CheckboxInput}: checked for any value but false, null and "". A missing field reads as false
 * (a browser sends nothing for an unticked box); "true"/"false" in any case read as the booleans.
 */
public class CheckboxInput extends Input {
    public CheckboxInput() {
        super("checkbox");
    }

    @Override
    protected String formatValue(Object value) {
        return value == null || value instanceof Boolean || "".equals(value) ? null : displayString(value);
    }

    @Override
    protected String renderHtml(String name, Object value, Map<String, Object> attrs) {
        Map<String, Object> all = new LinkedHashMap<>(attrs);
        if (!(value == null || Boolean.FALSE.equals(value) || "".equals(value))) {
            all.put("checked", true);
        }
        return super.renderHtml(name, value, all);
    }

    @Override
    public Object valueFromData(QueryDict data, Map<String, List<UploadedFile>> files, String name) {
        if (!data.containsKey(name)) {
            return false;
        }
        String value = data.get(name);
        if (value == null) {
            return false;
        }
        return switch (value.toLowerCase()) {
            case "true" -> true;
            case "false" -> false;
            default -> !value.isEmpty();
        };
    }

    @Override
    public boolean valueOmittedFromData(QueryDict data, Map<String, List<UploadedFile>> files, String name) {
        return false;
    }
}
