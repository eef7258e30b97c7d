package dev.hotclub.views;

import dev.hotclub.db.models.Model;
import dev.hotclub.db.models.QuerySet;
import dev.hotclub.forms.ModelForm;
import dev.hotclub.http.HttpRequest;
import java.util.function.Supplier;

/**
 * Django's {@code UpdateView}: the model form for the row named by the URL's {@code pk} (or {@code slug}); a valid
 * POST saves it and redirects; a missing row is a 404 ("No question found matching the query").
 *
 * <pre>{@code
 * path("<int:pk>/edit/", UpdateView.of(Question.objects).fields("questionText")
 *         .template("polls/question_form.html").successUrl(q -> reverse("polls:detail", q.id)), "edit")
 * }</pre>
 *
 * The template gets {@code form}, {@code object} and the object by its model's name ({@code question}).
 */
public final class UpdateView<M extends Model> extends ModelFormView<M, UpdateView<M>> {
    private final ObjectLookup<M> lookup;

    @SuppressWarnings("unchecked")
    private UpdateView(QuerySet<M> query, Supplier<? extends ModelForm<M>> form) {
        super((Class<M>) query.meta().modelClass(), form);
        this.lookup = new ObjectLookup<>(query);
    }

    /** An update view of the rows of {@code query}: say which fields with {@link #fields}. */
    public static <M extends Model> UpdateView<M> of(QuerySet<M> query) {
        return new UpdateView<>(query, null);
    }

    /** An update view with a model form class of one's own. */
    public static <M extends Model> UpdateView<M> of(QuerySet<M> query, Supplier<? extends ModelForm<M>> form) {
        return new UpdateView<>(query, form);
    }

    public UpdateView<M> pkUrlKwarg(String name) {
        lookup.pkUrlKwarg = name;
        return this;
    }

    public UpdateView<M> slugUrlKwarg(String name) {
        lookup.slugUrlKwarg = name;
        return this;
    }

    public UpdateView<M> slugField(String field) {
        lookup.slugField = field;
        return this;
    }

    @Override
    protected M object(HttpRequest request) {
        return lookup.find(request, "UpdateView");
    }
}
