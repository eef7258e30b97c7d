package dev.hotclub.forms;

import dev.hotclub.db.models.ManyToMany;
import dev.hotclub.db.models.Model;
import dev.hotclub.db.models.QuerySet;
import dev.hotclub.forms.widgets.ChoiceWidget;
import dev.hotclub.forms.widgets.MultipleHiddenInput;
import dev.hotclub.forms.widgets.SelectMultiple;
import dev.hotclub.forms.widgets.Widget;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Django's {@code ModelMultipleChoiceField}: several rows of a query, by their primary keys; the cleaned value is
 * the list of instances (one query for all of them). Django's messages: {@code "Enter a list of values."},
 * {@code "“x” is not a valid value."} for a key that is not a number, {@code "Select a valid choice. 9 is not one
 * of the available choices."} for a key outside the query.
 */
public class ModelMultipleChoiceField<M extends Model> extends Field<List<M>> {
    private QuerySet<M> queryset;

    public ModelMultipleChoiceField(QuerySet<M> queryset) {
        super(new SelectMultiple());
        this.queryset = queryset;
        shareChoices(widget());
        defaultErrorMessage("invalid_list", "Enter a list of values.");
        defaultErrorMessage("invalid_choice", "Select a valid choice. %(value)s is not one of the available choices.");
        defaultErrorMessage("invalid_pk_value", "\u201c%(pk)s\u201d is not a valid value.");
    }

    public QuerySet<M> queryset() {
        return queryset;
    }

    public ModelMultipleChoiceField<M> queryset(QuerySet<M> queryset) {
        this.queryset = queryset;
        return this;
    }

    /** One option per row of the query (read each time). */
    public List<Choice> choices() {
        List<Choice> choices = new ArrayList<>();
        for (M row : queryset) {
            choices.add(Choice.of(String.valueOf(row.pk()), String.valueOf(row)));
        }
        return choices;
    }

    @Override
    public Field<List<M>> widget(Widget widget) {
        shareChoices(widget);
        return super.widget(widget);
    }

    private void shareChoices(Widget widget) {
        if (widget instanceof ChoiceWidget choiceWidget) {
            choiceWidget.choices(this::choices);
        }
    }

    @Override
    public Widget hiddenWidget() {
        return new MultipleHiddenInput();
    }

    @Override
    protected List<M> toPython(Object value) {
        if (value == null || "".equals(value) || (value instanceof Collection<?> c && c.isEmpty())) {
            return List.of();
        }
        if (!(value instanceof Collection<?> values)) {
            throw error("invalid_list");
        }
        Set<Object> keys = new LinkedHashSet<>();
        for (Object v : values) {
            Object pk = ModelChoiceField.primaryKey(queryset.meta(), v);
            if (pk == null) {
                throw error("invalid_pk_value", Map.of("pk", String.valueOf(v)));
            }
            keys.add(pk);
        }
        List<M> found = queryset.filter("pk__in", List.copyOf(keys)).list();
        Set<Object> foundKeys = new HashSet<>();
        found.forEach(m -> foundKeys.add(m.pk()));
        for (Object key : keys) {
            if (!foundKeys.contains(key)) {
                throw error("invalid_choice", Map.of("value", String.valueOf(key)));
            }
        }
        return found;
    }

    @Override
    protected void validate(List<M> value) {
        if (isRequired() && value.isEmpty()) {
            throw error("required");
        }
    }

    @Override
    public Object prepareValue(Object value) {
        if (value instanceof ManyToMany<?> related) {
            value = related.all().list();
        }
        if (value instanceof Collection<?> values) {
            List<Object> keys = new ArrayList<>();
            for (Object v : values) {
                keys.add(v instanceof Model m ? String.valueOf(m.pk()) : v);
            }
            return keys;
        }
        return value;
    }

    @Override
    public boolean hasChanged(Object initial, Object data) {
        if (isDisabled()) {
            return false;
        }
        Set<String> i = keys(prepareValue(initial));
        Set<String> d = keys(prepareValue(data));
        return !i.equals(d);
    }

    private static Set<String> keys(Object prepared) {
        Set<String> out = new HashSet<>();
        if (prepared instanceof Collection<?> values) {
            values.forEach(v -> out.add(String.valueOf(v)));
        }
        return out;
    }
}
