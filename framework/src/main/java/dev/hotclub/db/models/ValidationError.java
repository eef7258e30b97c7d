package dev.hotclub.db.models;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Django's {@code ValidationError} from {@code fullClean()}: messages per field name ({@code "__all__"} for the model's own). */
public class ValidationError extends RuntimeException {
    private final Map<String, List<String>> errors;

    public ValidationError(Map<String, List<String>> errors) {
        super(errors.toString());
        this.errors = new LinkedHashMap<>(errors);
    }

    public Map<String, List<String>> messageDict() {
        return errors;
    }
}
