package dev.hotclub.forms;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Django's {@code TypedChoiceField}: a choice converted by {@code coerce} ({@code Integer::valueOf}); a conversion
 * that throws is an invalid choice. An empty value cleans to {@code emptyValue} (null by default).
 */
public class TypedChoiceField<T> extends Field<T> {
    private final ChoiceField choice;
    private final Function<String, ? extends T> coerce;
    private T emptyValue;

    public TypedChoiceField(Function<String, ? extends T> coerce, Choice... choices) {
        this(coerce, List.of(choices));
    }

    public TypedChoiceField(Function<String, ? extends T> coerce, List<Choice> choices) {
        this(coerce, () -> choices);
    }

    public TypedChoiceField(Function<String, ? extends T> coerce, Supplier<? extends List<Choice>> choices) {
        this(coerce, new ChoiceField(choices));
    }

    private TypedChoiceField(Function<String, ? extends T> coerce, ChoiceField choice) {
        super(choice.widget());
        this.choice = choice;
        this.coerce = coerce;
        defaultErrorMessage("invalid_choice", "Select a valid choice. %(value)s is not one of the available choices.");
    }

    public TypedChoiceField<T> emptyValue(T emptyValue) {
        this.emptyValue = emptyValue;
        return this;
    }

    public List<Choice> choices() {
        return choice.choices();
    }

    @Override
    public Field<T> widget(dev.hotclub.forms.widgets.Widget widget) {
        choice.widget(widget);
        return super.widget(widget);
    }

    @Override
    public T clean(Object value) {
        String text = isEmptyValue(value) ? "" : String.valueOf(value);
        if (text.isEmpty() && isRequired()) {
            throw error("required");
        }
        if (!text.isEmpty() && !choice.validValue(text)) {
            throw error("invalid_choice", java.util.Map.of("value", text));
        }
        T coerced = toPython(text);
        runValidators(coerced);
        return coerced;
    }

    @Override
    protected T toPython(Object value) {
        if (isEmptyValue(value)) {
            return emptyValue;
        }
        try {
            return coerce.apply(String.valueOf(value));
        } catch (RuntimeException e) {
            throw error("invalid_choice", java.util.Map.of("value", String.valueOf(value)));
        }
    }
}
