package dev.hotclub.forms;

import dev.hotclub.forms.widgets.TextInput;
import java.util.UUID;

/** Django's {@code UUIDField}: a {@code java.util.UUID}, hyphens and braces optional ({@code "Enter a valid UUID."}). */
public class UUIDField extends Field<UUID> {
    public UUIDField() {
        super(new TextInput());
        defaultErrorMessage("invalid", "Enter a valid UUID.");
    }

    @Override
    protected UUID toPython(Object value) {
        if (value instanceof UUID u) {
            return u;
        }
        String text = value == null ? "" : String.valueOf(value).strip();
        if (text.isEmpty()) {
            return null;
        }
        String hex = text.replace("urn:", "").replace("uuid:", "").replaceAll("^\\{+|\\}+$", "").replace("-", "");
        if (!hex.matches("[0-9a-fA-F]{32}")) {
            throw error("invalid");
        }
        return new UUID(Long.parseUnsignedLong(hex.substring(0, 16), 16), Long.parseUnsignedLong(hex.substring(16), 16));
    }
}
