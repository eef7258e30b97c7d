package dev.hotclub.project;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A project's own settings (what a Django project adds to {@code settings.py}), set with
 * {@code Project.Builder.setting(key, value)} and read by views through {@code project.settings()}. Immutable.
 */
public final class Settings {
    private final Map<String, Object> values;

    Settings(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The value of {@code key}; an unknown key is an error listing the known ones. */
    public Object get(String key) {
        if (!values.containsKey(key)) {
            throw new IllegalArgumentException("No setting '" + key + "': the project sets "
                    + (values.isEmpty() ? "none" : String.join(", ", values.keySet()))
                    + ". Add it with Project.named(...).setting(\"" + key + "\", value)");
        }
        return values.get(key);
    }

    /** The value of {@code key} as a {@code type}. */
    public <T> T get(String key, Class<T> type) {
        Object value = get(key);
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException("The setting '" + key + "' is a " + value.getClass().getSimpleName()
                    + ", not a " + type.getSimpleName());
        }
        return type.cast(value);
    }

    /** The value of {@code key}, or {@code defaultValue} when the project does not set it. */
    @SuppressWarnings("unchecked")
    public <T> T getOrDefault(String key, T defaultValue) {
        return values.containsKey(key) ? (T) values.get(key) : defaultValue;
    }

    public boolean contains(String key) {
        return values.containsKey(key);
    }

    public Map<String, Object> asMap() {
        return values;
    }
}
