package dev.hotclub.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One choice of a choice field: a value and its label, or a named group of choices (Django's optgroups).
 *
 * <pre>{@code
 * new ChoiceField(Choice.of("s", "Small"), Choice.of("l", "Large"))
 * new ChoiceField(Choice.group("Audio", Choice.of("cd", "CD"), Choice.of("vinyl", "Vinyl")), Choice.of("dvd", "DVD"))
 * new ChoiceField(Choice.pairs("s", "Small", "l", "Large"))
 * }</pre>
 */
public record Choice(Object value, String label, List<Choice> group) {
    public Choice {
        Objects.requireNonNull(label, "label");
        group = group == null ? null : List.copyOf(group);
    }

    public static Choice of(Object value, String label) {
        return new Choice(value, label, null);
    }

    public static Choice group(String label, Choice... choices) {
        return new Choice(null, label, List.of(choices));
    }

    /** Choices from value, label, value, label... */
    public static List<Choice> pairs(Object... valuesAndLabels) {
        if (valuesAndLabels.length % 2 != 0) {
            throw new IllegalArgumentException("Choice.pairs takes value, label pairs; got " + valuesAndLabels.length
                    + " arguments");
        }
        List<Choice> out = new ArrayList<>();
        for (int i = 0; i < valuesAndLabels.length; i += 2) {
            out.add(of(valuesAndLabels[i], String.valueOf(valuesAndLabels[i + 1])));
        }
        return out;
    }

    public boolean isGroup() {
        return group != null;
    }

    /** The value as the HTML and the posted data write it ({@code ""} for null). */
    public String valueString() {
        return value == null ? "" : String.valueOf(value);
    }
}
