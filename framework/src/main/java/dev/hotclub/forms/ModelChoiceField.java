package dev.hotclub.forms;

import dev.hotclub.db.models.Model;
import dev.hotclub.db.models.ModelMeta;
import dev.hotclub.db.models.QuerySet;
import dev.hotclub.db.models.Ref;
import dev.hotclub.forms.widgets.ChoiceWidget;
import dev.hotclub.forms.widgets.Select;
import dev.hotclub.forms.widgets.Widget;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Django's {@code ModelChoiceField}: one row of a query, chosen by its primary key. The options are the query's
 * rows, read each time the form is shown or cleaned (labels are the rows' {@code toString()}), after an empty
 * option {@code "---------"}; the cleaned value is the model instance. A value that is not the key of a row of the
 * query is Django's {@code "Select a valid choice. That choice is not one of the available choices."}.
 *
 * <pre>{@code
 * final Field<Question> question = field("question", new ModelChoiceField<>(Question.objects.all()));
 * }</pre>
 */
public class ModelChoiceField<M extends Model> extends Field<M> {
    private QuerySet<M> queryset;
    private String emptyLabel = "---------";

    public ModelChoiceField(QuerySet<M> queryset) {
        super(new Select());
        this.queryset = queryset;
        shareChoices(widget());
        defaultErrorMessage("invalid_choice", "Select a valid choice. That choice is not one of the available choices.");
    }

    /** The rows offered. */
    public QuerySet<M> queryset() {
        return queryset;
    }

    /** Replaces the rows offered (say, in the form's constructor, filtered by the user). */
    public ModelChoiceField<M> queryset(QuerySet<M> queryset) {
        this.queryset = queryset;
        return this;
    }

    /** The empty option's label ({@code "---------"}); null for no empty option (Django's {@code empty_label=None}). */
    public ModelChoiceField<M> emptyLabel(String emptyLabel) {
        this.emptyLabel = emptyLabel;
        return this;
    }

    public String emptyLabel() {
        return emptyLabel;
    }

    /** The options now: the empty one, then one per row (a query each time). */
    public List<Choice> choices() {
        List<Choice> choices = new ArrayList<>();
        if (emptyLabel != null) {
            choices.add(Choice.of("", emptyLabel));
        }
        for (M row : queryset) {
            choices.add(Choice.of(String.valueOf(row.pk()), String.valueOf(row)));
        }
        return choices;
    }

    @Override
    public Field<M> widget(Widget widget) {
        shareChoices(widget);
        return super.widget(widget);
    }

    private void shareChoices(Widget widget) {
        if (widget instanceof ChoiceWidget choiceWidget) {
            choiceWidget.choices(this::choices);
        }
    }

    @Override
    protected M toPython(Object value) {
        if (isEmptyValue(value)) {
            return null;
        }
        return find(value).orElseThrow(() -> error("invalid_choice", Map.of("value", String.valueOf(value))));
    }

    /** The row of the query whose key is {@code value}, if any (a key that is not a number is none). */
    Optional<M> find(Object value) {
        Object pk = primaryKey(queryset.meta(), value);
        return pk == null ? Optional.empty() : queryset.filter("pk", pk).first();
    }

    /** A posted key (a string), an instance or a {@link Ref} as the primary key; null when not one. */
    static Object primaryKey(ModelMeta meta, Object value) {
        if (value instanceof Model model) {
            return model.pk();
        }
        if (value instanceof Ref<?> ref) {
            return ref.pk();
        }
        return meta.pkFrom(value);
    }

    @Override
    public Object prepareValue(Object value) {
        if (value instanceof Model || value instanceof Ref<?>) {
            Object pk = primaryKey(queryset.meta(), value);
            return pk == null ? null : String.valueOf(pk);
        }
        return value;
    }

    @Override
    public boolean hasChanged(Object initial, Object data) {
        if (isDisabled()) {
            return false;
        }
        Object i = prepareValue(initial);
        Object d = prepareValue(data);
        return !String.valueOf(i == null ? "" : i).equals(String.valueOf(d == null ? "" : d));
    }
}
