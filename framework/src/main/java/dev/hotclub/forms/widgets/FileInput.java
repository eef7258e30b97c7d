package dev.hotclub.forms.widgets;

import dev.hotclub.http.QueryDict;
import dev.hotclub.http.UploadedFile;
import java.util.List;
import java.util.Map;

/** Django's {@code FileInput}: never shows a value; its value is the uploaded file (or null). */
public class FileInput extends Input {
    public FileInput() {
        super("file");
    }

    @Override
    public boolean needsMultipartForm() {
        return true;
    }

    @Override
    protected String renderHtml(String name, Object value, Map<String, Object> attrs) {
        return super.renderHtml(name, null, attrs);
    }

    @Override
    public Object valueFromData(QueryDict data, Map<String, List<UploadedFile>> files, String name) {
        List<UploadedFile> list = files.get(name);
        return list == null || list.isEmpty() ? null : list.get(list.size() - 1);
    }

    @Override
    public boolean valueOmittedFromData(QueryDict data, Map<String, List<UploadedFile>> files, String name) {
        return !files.containsKey(name);
    }

    /** As Django: a file input keeps no value, so an initial file does not make it required in HTML. */
    @Override
    public boolean useRequiredAttribute(Object initial) {
        return super.useRequiredAttribute(initial) && initial == null;
    }
}
