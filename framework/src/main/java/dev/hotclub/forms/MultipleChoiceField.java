package dev.hotclub.forms;

import dev.hotclub.forms.widgets.SelectMultiple;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Django's {@code MultipleChoiceField}: the list of the chosen values ({@code "Enter a list of values."}). */
public class MultipleChoiceField extends Field<List<String>> {
    private final ChoiceField choice;

    public MultipleChoiceField(Choice... choices) {
        this(List.of(choices));
    }

    public MultipleChoiceField(List<Choice> choices) {
        this(() -> choices);
    }

    public MultipleChoiceField(Supplier<? extends List<Choice>> choices) {
        super(new SelectMultiple());
        this.choice = new ChoiceField(choices);
        ((SelectMultiple) widget()).choices(choices);
        defaultErrorMessage("invalid_choice", "Select a valid choice. %(value)s is not one of the available choices.");
        defaultErrorMessage("invalid_list", "Enter a list of values.");
    }

    public List<Choice> choices() {
        return choice.choices();
    }

    @Override
    public Field<List<String>> widget(dev.hotclub.forms.widgets.Widget widget) {
        if (widget instanceof dev.hotclub.forms.widgets.ChoiceWidget w) {
            w.choices(choice::choices);
        }
        return super.widget(widget);
    }

    @Override
    public dev.hotclub.forms.widgets.Widget hiddenWidget() {
        return new dev.hotclub.forms.widgets.MultipleHiddenInput();
    }

    @Override
    protected List<String> toPython(Object value) {
        if (value == null || "".equals(value) || (value instanceof Collection<?> c && c.isEmpty())) {
            return List.of();
        }
        if (!(value instanceof Collection<?> values)) {
            throw error("invalid_list");
        }
        List<String> out = new ArrayList<>();
        for (Object v : values) {
            out.add(String.valueOf(v));
        }
        return out;
    }

    @Override
    protected void validate(List<String> value) {
        if (isRequired() && value.isEmpty()) {
            throw error("required");
        }
        for (String v : value) {
            if (!choice.validValue(v)) {
                throw error("invalid_choice", Map.of("value", v));
            }
        }
    }

    @Override
    public boolean hasChanged(Object initial, Object data) {
        if (isDisabled()) {
            return false;
        }
        List<String> i = initial == null ? List.of() : toPython(initial);
        List<String> d = data == null ? List.of() : toPython(data);
        return i.size() != d.size() || !new HashSet<>(i).equals(new HashSet<>(d));
    }
}
