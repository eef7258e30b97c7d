package dev.hotclub.forms.widgets;

import dev.hotclub.http.QueryDict;
import dev.hotclub.http.UploadedFile;
import java.util.List;
import java.util.Map;

/** Django's {@code CheckboxSelectMultiple}: one checkbox per choice; never {@code required} (that would need all). */
public class CheckboxSelectMultiple extends RadioSelect {
    @Override
    protected String optionType() {
        return "checkbox";
    }

    @Override
    protected boolean allowsMultiple() {
        return true;
    }

    /** As Django: no {@code for} on the field's label, which would toggle the first box when clicked. */
    @Override
    public String idForLabel(String id) {
        return "";
    }

    @Override
    public boolean useRequiredAttribute(Object initial) {
        return false;
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
