package dev.hotclub.db.migrations;

import java.util.List;

/** One entry of a model's {@code Meta.indexes}: a named index over fields ({@code "-field"} for descending). */
public record IndexState(String name, List<String> fields) {
    public IndexState {
        fields = List.copyOf(fields);
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("An index on " + fields + " needs a name (Django requires one too).");
        }
    }

    public static IndexState index(String name, String... fields) {
        return new IndexState(name, List.of(fields));
    }
}
