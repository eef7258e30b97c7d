package dev.hotclub.views;

import dev.hotclub.db.models.Model;
import dev.hotclub.forms.ModelForm;
import dev.hotclub.http.HttpRequest;
import java.util.function.Supplier;

/**
 * Django's {@code CreateView}: a model form for a new object; a valid POST saves it and redirects.
 *
 * <pre>{@code
 * path("add/", CreateView.of(Question.class).fields("questionText", "pubDate")
 *         .template("polls/question_form.html").successUrl("polls:index"), "add")
 * path("add/", CreateView.of(Question.class, QuestionForm::new).template(...).successUrl(...), "add")
 * }</pre>
 *
 * The template gets {@code form}.
 */
public final class CreateView<M extends Model> extends ModelFormView<M, CreateView<M>> {
    private CreateView(Class<M> model, Supplier<? extends ModelForm<M>> form) {
        super(model, form);
    }

    /** A create view for {@code model}: say which fields with {@link #fields}. */
    public static <M extends Model> CreateView<M> of(Class<M> model) {
        return new CreateView<>(model, null);
    }

    /** A create view with a model form class of one's own. */
    public static <M extends Model> CreateView<M> of(Class<M> model, Supplier<? extends ModelForm<M>> form) {
        return new CreateView<>(model, form);
    }

    @Override
    protected M object(HttpRequest request) {
        return null;
    }
}
