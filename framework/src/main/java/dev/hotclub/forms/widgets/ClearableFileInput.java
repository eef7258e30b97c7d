package dev.hotclub.forms.widgets;

import dev.hotclub.http.Html;
import dev.hotclub.http.QueryDict;
import dev.hotclub.http.UploadedFile;
import java.util.List;
import java.util.Map;

/**
 * Django's {@code ClearableFileInput}: with an initial file, shows it ("Currently: ...") and, when the field is
 * not required, a "Clear" checkbox named {@code <name>-clear}. The value is the new upload, {@link #CLEAR} when
 * the box is ticked and nothing uploaded, or null.
 */
public class ClearableFileInput extends FileInput {
    /** The value of a ticked "Clear" box (Django's {@code FILE_INPUT_CONTRADICTION} is {@link #CONTRADICTION}). */
    public static final Object CLEAR = new Object() {
        @Override
        public String toString() {
            return "CLEAR";
        }
    };
    /** An upload and a ticked "Clear" box at once. */
    public static final Object CONTRADICTION = new Object() {
        @Override
        public String toString() {
            return "CONTRADICTION";
        }
    };

    /** A stored file shown as the current one: its URL and its name. */
    public interface StoredFile {
        String url();

        String name();
    }

    @Override
    protected String renderHtml(String name, Object value, Map<String, Object> attrs) {
        String input = super.renderHtml(name, null, attrs);
        if (!(value instanceof StoredFile file) || file.url() == null) {
            return input;
        }
        StringBuilder out = new StringBuilder("Currently: <a href=\"").append(Html.escape(file.url())).append("\">")
                .append(Html.escape(file.name())).append("</a>");
        if (!isRequired()) {
            String checkboxName = name + "-clear";
            String checkboxId = checkboxName + "_id";
            out.append("\n<input type=\"checkbox\" name=\"").append(Html.escape(checkboxName)).append("\" id=\"")
                    .append(Html.escape(checkboxId)).append("\"")
                    .append(Boolean.TRUE.equals(attrs.get("disabled")) ? " disabled" : "").append(">\n<label for=\"")
                    .append(Html.escape(checkboxId)).append("\">Clear</label>");
        }
        return out.append("<br>\nChange:\n").append(input).toString();
    }

    @Override
    public Object valueFromData(QueryDict data, Map<String, List<UploadedFile>> files, String name) {
        Object upload = super.valueFromData(data, files, name);
        boolean clear = !isRequired() && new CheckboxInput().valueFromData(data, files, name + "-clear")
                .equals(Boolean.TRUE);
        if (clear) {
            return upload != null ? CONTRADICTION : CLEAR;
        }
        return upload;
    }

    @Override
    public boolean valueOmittedFromData(QueryDict data, Map<String, List<UploadedFile>> files, String name) {
        return super.valueOmittedFromData(data, files, name) && !data.containsKey(name + "-clear");
    }
}
