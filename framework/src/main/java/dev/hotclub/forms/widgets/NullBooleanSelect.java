package dev.hotclub.forms.widgets;

import dev.hotclub.forms.Choice;
import dev.hotclub.http.QueryDict;
import dev.hotclub.http.UploadedFile;
import java.util.List;
import java.util.Map;

/** Django's {@code NullBooleanSelect}: Unknown, Yes, No. */
public class NullBooleanSelect extends Select {
    public NullBooleanSelect() {
        choices(() -> Choice.pairs("unknown", "Unknown", "true", "Yes", "false", "No"));
    }

    @Override
    protected List<String> selectedValues(Object value) {
        String v = value == null ? "" : String.valueOf(value);
        return List.of(switch (v) {
            case "true", "True", "2" -> "true";
            case "false", "False", "3" -> "false";
            default -> "unknown";
        });
    }

    @Override
    public Object valueFromData(QueryDict data, Map<String, List<UploadedFile>> files, String name) {
        String v = data.get(name);
        if (v == null) {
            return null;
        }
        return switch (v) {
            case "True", "true", "2" -> Boolean.TRUE;
            case "False", "false", "3" -> Boolean.FALSE;
            default -> null;
        };
    }
}
