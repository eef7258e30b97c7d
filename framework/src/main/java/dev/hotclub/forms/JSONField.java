package dev.hotclub.forms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hotclub.forms.internal.PythonJson;
import dev.hotclub.forms.widgets.Textarea;
import java.util.Objects;

/**
 * Django's {@code JSONField}: JSON text read by Jackson into maps, lists, strings, numbers and booleans
 * ({@code "Enter a valid JSON."}). A bound form shows invalid JSON back as typed; valid values are shown as
 * Python's {@code json.dumps} writes them ({@code {"a": 1}}).
 */
public class JSONField extends Field<Object> {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** What the user typed when it is not JSON, so the form shows it back unchanged. */
    public record InvalidJsonInput(String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    public JSONField() {
        super(new Textarea());
        defaultErrorMessage("invalid", "Enter a valid JSON.");
    }

    @Override
    protected Object toPython(Object value) {
        if (isDisabled()) {
            return value;
        }
        if (isEmptyValue(value)) {
            return null;
        }
        if (!(value instanceof String || value instanceof InvalidJsonInput)) {
            return value;
        }
        try {
            return MAPPER.readValue(String.valueOf(value), Object.class);
        } catch (JsonProcessingException e) {
            throw error("invalid", java.util.Map.of("value", String.valueOf(value)));
        }
    }

    @Override
    public Object boundData(Object data, Object initial) {
        if (isDisabled()) {
            return initial;
        }
        if (data == null) {
            return null;
        }
        try {
            return MAPPER.readValue(String.valueOf(data), Object.class);
        } catch (JsonProcessingException e) {
            return new InvalidJsonInput(String.valueOf(data));
        }
    }

    @Override
    public Object prepareValue(Object value) {
        if (value instanceof InvalidJsonInput) {
            return value;
        }
        return PythonJson.dumps(value);
    }

    @Override
    public boolean hasChanged(Object initial, Object data) {
        if (super.hasChanged(initial, data)) {
            try {
                return !Objects.equals(PythonJson.dumps(toPython(initial)), PythonJson.dumps(toPython(data)));
            } catch (ValidationError e) {
                return true;
            }
        }
        return false;
    }
}
