package dev.hotclub.forms;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Invalid input (Django's {@code ValidationError}): one or several messages, each with an optional {@code code}
 * ({@code "required"}, {@code "max_length"}...) and its parameters. A field's {@code errorMessage(code, ...)}
 * replaces the message of a validator's error that carries that code. Messages may use Django's
 * {@code %(name)s} placeholders, filled from the parameters when the message is shown.
 *
 * <pre>{@code
 * throw new ValidationError("Enter a positive number.", "positive");
 * throw new ValidationError("Ensure this value is at most %(limit)s.", "too_big", Map.of("limit", 10));
 * }</pre>
 */
public class ValidationError extends RuntimeException {
    /** One message of the error. */
    public record Message(String template, String code, Map<String, Object> params) {
        public Message {
            params = params == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(params));
        }

        /** The message with its {@code %(name)s} placeholders filled. */
        public String text() {
            return Interpolation.format(template, params);
        }

        @Override
        public String toString() {
            return text();
        }
    }

    private final List<Message> messages;
    private final Map<String, List<Message>> byField;

    public ValidationError(String message) {
        this(message, null, Map.of());
    }

    public ValidationError(String message, String code) {
        this(message, code, Map.of());
    }

    public ValidationError(String message, String code, Map<String, ?> params) {
        this(List.of(new Message(message, code, new LinkedHashMap<>(params))));
    }

    /** Several messages at once (Django's {@code ValidationError([...])}). */
    public ValidationError(List<Message> messages) {
        super(messages.isEmpty() ? "" : messages.get(0).text(), null, false, false);
        this.messages = List.copyOf(messages);
        this.byField = null;
    }

    /**
     * Errors for several fields at once (Django's {@code ValidationError({'field': [...]})}), for a form's
     * {@code clean()}: each goes to its field as {@code addError(field, ...)} would put it.
     */
    public static ValidationError forFields(Map<String, List<Message>> errors) {
        return new ValidationError(errors);
    }

    private ValidationError(Map<String, List<Message>> byField) {
        super(byField.toString(), null, false, false);
        List<Message> all = new ArrayList<>();
        byField.values().forEach(all::addAll);
        this.messages = List.copyOf(all);
        this.byField = Collections.unmodifiableMap(new LinkedHashMap<>(byField));
    }

    public List<Message> messages() {
        return messages;
    }

    /** The errors by field name when made by {@link #forFields}, else {@code null}. */
    public Map<String, List<Message>> byField() {
        return byField;
    }

    /** The texts of the messages. */
    public List<String> texts() {
        return messages.stream().map(Message::text).toList();
    }

    @Override
    public String getMessage() {
        return String.join(" ", texts());
    }
}
