package dev.hotclub.forms;

import dev.hotclub.forms.widgets.ChoiceWidget;
import dev.hotclub.forms.widgets.Select;
import dev.hotclub.forms.widgets.Widget;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Django's {@code ChoiceField}: one of the choices' values, as a string ({@code "Select a valid choice. %(value)s
 * is not one of the available choices."}). The choices are a list or a {@link Supplier} asked each time the form
 * is cleaned or shown (Django's callable choices; a model choice field will supply a query's rows).
 */
public class ChoiceField extends Field<String> {
    private Supplier<? extends List<Choice>> choices;

    public ChoiceField(Choice... choices) {
        this(List.of(choices));
    }

    public ChoiceField(List<Choice> choices) {
        this(() -> choices);
    }

    public ChoiceField(Supplier<? extends List<Choice>> choices) {
        this(choices, new Select());
    }

    protected ChoiceField(Supplier<? extends List<Choice>> choices, Widget widget) {
        super(widget);
        this.choices = choices;
        shareChoices(widget);
        defaultErrorMessage("invalid_choice", "Select a valid choice. %(value)s is not one of the available choices.");
    }

    /** The choices now. */
    public List<Choice> choices() {
        return choices.get();
    }

    /** Replaces the choices (say, in the form's constructor, from the database). */
    public ChoiceField choices(Supplier<? extends List<Choice>> choices) {
        this.choices = choices;
        shareChoices(widget());
        return this;
    }

    @Override
    public Field<String> widget(Widget widget) {
        shareChoices(widget);
        return super.widget(widget);
    }

    private void shareChoices(Widget widget) {
        if (widget instanceof ChoiceWidget choiceWidget) {
            choiceWidget.choices(() -> this.choices.get());
        }
    }

    @Override
    protected String toPython(Object value) {
        return isEmptyValue(value) ? "" : String.valueOf(value);
    }

    @Override
    protected void validate(String value) {
        super.validate(value);
        if (!value.isEmpty() && !validValue(value)) {
            throw error("invalid_choice", Map.of("value", value));
        }
    }

    /** Whether {@code value} is one of the choices' values, groups included. */
    public boolean validValue(String value) {
        for (Choice choice : choices()) {
            if (choice.isGroup()) {
                for (Choice sub : choice.group()) {
                    if (sub.valueString().equals(value)) {
                        return true;
                    }
                }
            } else if (choice.valueString().equals(value)) {
                return true;
            }
        }
        return false;
    }
}
