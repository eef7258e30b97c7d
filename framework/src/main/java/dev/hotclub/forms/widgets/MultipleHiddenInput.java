package dev.hotclub.forms.widgets;

import dev.hotclub.http.QueryDict;
import dev.hotclub.http.UploadedFile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Django's {@code MultipleHiddenInput}: one hidden input per value, for a hidden multiple-choice field. */
public class MultipleHiddenInput extends HiddenInput {
    @Override
    protected String renderHtml(String name, Object value, Map<String, Object> attrs) {
        List<?> values = value instanceof List<?> l ? l : value == null ? List.of() : List.of(value);
        StringBuilder out = new StringBuilder();
        Object id = attrs.get("id");
        for (int i = 0; i < values.size(); i++) {
            Map<String, Object> each = new LinkedHashMap<>(attrs);
            if (id != null) {
                each.put("id", id + "_" + i);
            }
            out.append(super.renderHtml(name, values.get(i), each));
        }
        return out.toString();
    }

    @Override
    public Object valueFromData(QueryDict data, Map<String, List<UploadedFile>> files, String name) {
        return data.getList(name);
    }
}
