package dev.hotclub.forms.widgets;

import dev.hotclub.http.QueryDict;
import dev.hotclub.http.UploadedFile;
import java.util.List;
import java.util.Map;

/** Django's {@code SelectMultiple}: its value is the list of the selected options' values. */
public class SelectMultiple extends Select {
    @Override
    protected boolean allowsMultiple() {
        return true;
    }

    @Override
    public Object valueFromData(QueryDict data, Map<String, List<UploadedFile>> files, String name) {
        return data.getList(name);
    }

    @Override
    public boolean valueOmittedFromData(QueryDict data, Map<String, List<UploadedFile>> files, String name) {
        return false;
    }
}
