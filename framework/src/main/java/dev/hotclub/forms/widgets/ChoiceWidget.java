package dev.hotclub.forms.widgets;

import dev.hotclub.forms.Choice;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A widget offering choices (Django's {@code ChoiceWidget}): the choice field gives it its choices. Options are
 * selected when their value, as a string, is among the value's strings; a single select selects the first only.
 */
public abstract class ChoiceWidget extends Widget {
    private Supplier<? extends List<Choice>> choices = List::of;

    /** The choices shown; a choice field sets them. */
    public ChoiceWidget choices(Supplier<? extends List<Choice>> choices) {
        this.choices = choices;
        return this;
    }

    public List<Choice> choices() {
        return choices.get();
    }

    /** Whether several options may be selected. */
    protected boolean allowsMultiple() {
        return false;
    }

    /** The value as the list of strings to select. */
    protected List<String> selectedValues(Object value) {
        if (value == null) {
            return allowsMultiple() ? List.of() : List.of("");
        }
        Collection<?> values = value instanceof Collection<?> c ? c : List.of(value);
        List<String> out = new ArrayList<>();
        for (Object v : values) {
            out.add(v == null ? "" : displayString(v));
        }
        return out;
    }

    /** One option as rendered: its group (null outside one), index, value, label, selection and attributes. */
    protected record Option(String value, String label, boolean selected, String index, Map<String, Object> attrs) {
    }

    /** One optgroup: its label (null for a lone option), index and options. */
    protected record OptionGroup(String label, int index, List<Option> options) {
    }

    /** Django's {@code optgroups}: each choice with its selected state and, for inheriting widgets, its attrs. */
    protected List<OptionGroup> optgroups(Object value, Map<String, Object> attrs, boolean optionsInheritAttrs) {
        List<String> selected = selectedValues(value);
        List<OptionGroup> groups = new ArrayList<>();
        boolean[] hasSelected = {false};
        int index = 0;
        for (Choice choice : choices()) {
            List<Choice> subs = choice.isGroup() ? choice.group() : List.of(choice);
            List<Option> options = new ArrayList<>();
            int subIndex = 0;
            for (Choice sub : subs) {
                String v = sub.valueString();
                boolean isSelected = (!hasSelected[0] || allowsMultiple()) && selected.contains(v);
                hasSelected[0] |= isSelected;
                String optionIndex = choice.isGroup() ? index + "_" + subIndex : String.valueOf(index);
                Map<String, Object> optionAttrs = new LinkedHashMap<>();
                if (optionsInheritAttrs) {
                    optionAttrs.putAll(attrs);
                    if (isSelected) {
                        optionAttrs.put("checked", true);
                    }
                    if (optionAttrs.get("id") != null) {
                        optionAttrs.put("id", optionAttrs.get("id") + "_" + optionIndex);
                    }
                } else if (isSelected) {
                    optionAttrs.put("selected", true);
                }
                options.add(new Option(v, sub.label(), isSelected, optionIndex, optionAttrs));
                subIndex++;
            }
            groups.add(new OptionGroup(choice.isGroup() ? choice.label() : null, index, options));
            index++;
        }
        return groups;
    }

    @Override
    public String idForLabel(String id) {
        return id == null || id.isEmpty() ? id : id + "_0";
    }
}
