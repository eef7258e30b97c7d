package dev.hotclub.forms;

import dev.hotclub.forms.widgets.Widget;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A form field (Django's {@code forms.Field}): turns what the browser sent into a Java value of type {@code T},
 * or explains what is wrong. {@link #clean} runs Django's pipeline: {@link #toPython} (convert),
 * {@link #validate} (required and the field's own rules), then the {@link #validators} on a non-empty value.
 * A validator's error whose code is in this field's error messages is shown with this field's message.
 *
 * <p>Options are set fluently when the field is declared in its form:
 * {@code field("name", new CharField().maxLength(100).required(false).label("Your name"))}. A field object
 * belongs to one form instance (Django copies the class's fields per form; a Java form declares them per instance).
 */
public abstract class Field<T> {
    private final Map<String, String> errorMessages = new LinkedHashMap<>();
    private final List<Validator<? super T>> validators = new ArrayList<>();
    private Widget widget;
    private boolean required = true;
    private String label;
    private Object initial;
    private String helpText = "";
    private boolean disabled;
    private String labelSuffix;
    private boolean showHiddenInitial;
    String name;

    protected Field(Widget widget) {
        this.widget = Objects.requireNonNull(widget, "widget");
        defaultErrorMessage("required", "This field is required.");
    }

    // ---- options -------------------------------------------------------------------------------------------------

    /** Whether an empty value is an error ({@code "This field is required."}); default true. */
    public Field<T> required(boolean required) {
        this.required = required;
        return this;
    }

    /** The label; default: the field's name with {@code _} as spaces and its first letter capitalized. */
    public Field<T> label(String label) {
        this.label = label;
        return this;
    }

    /**
     * The value shown in an unbound form (Django's {@code initial}): never used as a fallback for missing data.
     * A {@link java.util.function.Supplier} is called each time the form is shown (Django's callable initial).
     */
    public Field<T> initial(Object initial) {
        this.initial = initial;
        return this;
    }

    /**
     * Help text shown beside the field. As in Django, the form's layouts write it as HTML (a link may be in it),
     * while {@code ${field.helpText}} in a template is escaped: never put user input in it.
     */
    public Field<T> helpText(String helpText) {
        this.helpText = helpText == null ? "" : helpText;
        return this;
    }

    /** A disabled field shows its initial value, ignores what was posted and never changes. */
    public Field<T> disabled(boolean disabled) {
        this.disabled = disabled;
        return this;
    }

    /** Extra checks, run after the field's own on a non-empty value. */
    @SafeVarargs
    public final Field<T> validators(Validator<? super T>... extra) {
        validators.addAll(List.of(extra));
        return this;
    }

    /** Replaces the message for {@code code} ({@code "required"}, {@code "invalid"}, {@code "max_length"}...). */
    public Field<T> errorMessage(String code, String message) {
        errorMessages.put(code, message);
        return this;
    }

    /** Replaces the messages for several codes. */
    public Field<T> errorMessages(Map<String, String> messages) {
        errorMessages.putAll(messages);
        return this;
    }

    /** The widget that renders this field (each field type has Django's default). */
    public Field<T> widget(Widget widget) {
        this.widget = Objects.requireNonNull(widget, "widget");
        return this;
    }

    /** The text after the label ({@code ":"} by default, the form's label suffix). */
    public Field<T> labelSuffix(String labelSuffix) {
        this.labelSuffix = labelSuffix;
        return this;
    }

    /** Renders a hidden copy of the initial value, so {@code hasChanged} compares with what was shown. */
    public Field<T> showHiddenInitial(boolean show) {
        this.showHiddenInitial = show;
        return this;
    }

    // ---- read back -----------------------------------------------------------------------------------------------

    public String name() {
        return name;
    }

    public boolean isRequired() {
        return required;
    }

    /** The label given, or {@code null} (the bound field derives one from the name). */
    public String label() {
        return label;
    }

    public Object initial() {
        return initial;
    }

    public String helpText() {
        return helpText;
    }

    public boolean isDisabled() {
        return disabled;
    }

    public Widget widget() {
        return widget;
    }

    public String labelSuffix() {
        return labelSuffix;
    }

    public boolean showsHiddenInitial() {
        return showHiddenInitial;
    }

    public List<Validator<? super T>> validators() {
        return List.copyOf(validators);
    }

    /** The message for {@code code}: this field's own if set, else the field type's default. */
    public String errorMessageFor(String code) {
        return errorMessages.get(code);
    }

    // ---- cleaning ------------------------------------------------------------------------------------------------

    /** Sets the field type's default message for {@code code}; a message given with {@link #errorMessage} wins. */
    protected final void defaultErrorMessage(String code, String message) {
        errorMessages.putIfAbsent(code, message);
    }

    /** Django's {@code clean}: {@code toPython}, {@code validate}, then the validators. */
    public T clean(Object value) {
        T python = toPython(value);
        validate(python);
        runValidators(python);
        return python;
    }

    /** Converts the submitted value ({@code String}, {@code List<String>}, an upload...) to {@code T}. */
    protected abstract T toPython(Object value);

    /** Checks that do not belong in a validator: by default, that a required value is not empty. */
    protected void validate(T value) {
        if (isEmptyValue(value) && required) {
            throw error("required");
        }
    }

    /** Runs the validators on a non-empty value, collecting every message as Django does. */
    protected void runValidators(T value) {
        if (isEmptyValue(value)) {
            return;
        }
        List<ValidationError.Message> messages = new ArrayList<>();
        for (Validator<? super T> validator : validators) {
            try {
                validator.validate(value);
            } catch (ValidationError e) {
                for (ValidationError.Message m : e.messages()) {
                    String own = m.code() == null ? null : errorMessages.get(m.code());
                    messages.add(own == null ? m : new ValidationError.Message(own, m.code(), m.params()));
                }
            }
        }
        if (!messages.isEmpty()) {
            throw new ValidationError(messages);
        }
    }

    /** A {@link ValidationError} with this field's message for {@code code}. */
    protected final ValidationError error(String code) {
        return error(code, Map.of());
    }

    /** A {@link ValidationError} with this field's message for {@code code} and its parameters. */
    protected final ValidationError error(String code, Map<String, ?> params) {
        String message = errorMessages.get(code);
        if (message == null) {
            throw new IllegalStateException(getClass().getSimpleName() + " has no error message for code '" + code + "'");
        }
        return new ValidationError(message, code, params);
    }

    /** Django's {@code EMPTY_VALUES}: null, "", an empty list or map. */
    public static boolean isEmptyValue(Object value) {
        return value == null || (value instanceof String s && s.isEmpty())
                || (value instanceof Collection<?> c && c.isEmpty()) || (value instanceof Map<?, ?> m && m.isEmpty());
    }

    // ---- display -------------------------------------------------------------------------------------------------

    /** The value as the widget shows it (Django's {@code prepare_value}). */
    public Object prepareValue(Object value) {
        return value;
    }

    /** The attributes this field adds to its widget ({@code maxlength}, {@code min}...), Django's {@code widget_attrs}. */
    public Map<String, Object> widgetAttrs(Widget widget) {
        return Map.of();
    }

    /** The widget of the field rendered hidden ({@code asHidden}, {@code showHiddenInitial}). */
    public Widget hiddenWidget() {
        return new dev.hotclub.forms.widgets.HiddenInput();
    }

    /** Whether {@code data} differs from {@code initial} (Django's {@code has_changed}). */
    public boolean hasChanged(Object initial, Object data) {
        if (disabled) {
            return false;
        }
        Object initialValue;
        Object dataValue;
        try {
            dataValue = toPython(data);
            initialValue = toPython(initial);
        } catch (ValidationError e) {
            return true;
        }
        String i = initialValue == null ? "" : String.valueOf(initialValue);
        String d = dataValue == null ? "" : String.valueOf(dataValue);
        return !i.equals(d);
    }

    /** The value to clean: what was posted, or the initial value for a disabled field (Django's {@code bound_data}). */
    public Object boundData(Object data, Object initial) {
        return disabled ? initial : data;
    }

    /** Django's {@code clean} for fields that also look at the initial value (a file input); others ignore it. */
    public T clean(Object value, Object initial) {
        return clean(value);
    }
}
