package dev.hotclub.views;

import dev.hotclub.conf.ImproperlyConfigured;
import dev.hotclub.db.models.Model;
import dev.hotclub.db.models.ModelMeta;
import dev.hotclub.forms.ModelForm;
import dev.hotclub.forms.ModelFormMeta;
import dev.hotclub.http.HttpRequest;
import dev.hotclub.http.HttpResponse;
import dev.hotclub.messages.Messages;
import dev.hotclub.shortcuts.Shortcuts;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What {@link CreateView} and {@link UpdateView} share (Django's {@code ModelFormMixin} and {@code ProcessFormView}):
 * GET shows the form, POST binds it; a valid form saves the object and redirects to the success URL; an invalid one
 * is shown again, status 200, with its errors and what was typed.
 */
public abstract class ModelFormView<M extends Model, V extends ModelFormView<M, V>> extends GenericView<V> {
    /** Runs on the valid form's unsaved object before it is saved (Django's {@code form.instance.author = user}). */
    @FunctionalInterface
    public interface BeforeSave<M> {
        void accept(HttpRequest request, M object) throws Exception;
    }

    private final ModelMeta modelMeta;
    private Supplier<? extends ModelForm<M>> formFactory;
    private Function<? super M, String> successUrl;
    private BeforeSave<M> beforeSave;
    private String successMessage;
    private Function<HttpRequest, Map<String, ?>> initial = r -> Map.of();

    protected ModelFormView(Class<M> model, Supplier<? extends ModelForm<M>> formFactory) {
        this.modelMeta = ModelMeta.of(model);
        this.formFactory = formFactory;
    }

    /** The model fields the form edits (Django's {@code fields = [...]} on the view). */
    public V fields(String... names) {
        @SuppressWarnings("unchecked")
        ModelFormMeta<M> meta = ModelFormMeta.of((Class<M>) modelMeta.modelClass()).fields(names);
        ModelForm.of(meta);                               // a wrong field name fails where the view is declared
        this.formFactory = () -> ModelForm.of(meta);
        return self();
    }

    /** Where a valid form redirects: a URL name ({@code "polls:index"}) or a path. */
    public V successUrl(String urlNameOrPath) {
        this.successUrl = object -> urlNameOrPath;
        return self();
    }

    /** Where a valid form redirects, from the saved object ({@code q -> reverse("polls:detail", q.id)}). */
    public V successUrl(Function<? super M, String> fromObject) {
        this.successUrl = fromObject;
        return self();
    }

    /** Runs before the object is saved, to set what the form does not edit. */
    public V beforeSave(BeforeSave<M> action) {
        this.beforeSave = action;
        return self();
    }

    /**
     * A success message added on save (Django's {@code SuccessMessageMixin}); {@code %(name)s} placeholders take the
     * cleaned values: {@code "%(questionText)s was created."}.
     */
    public V successMessage(String message) {
        this.successMessage = message;
        return self();
    }

    /** Initial values per request, over the object's (Django's {@code get_initial}). */
    public V initial(Function<HttpRequest, Map<String, ?>> initial) {
        this.initial = initial;
        return self();
    }

    @SuppressWarnings("unchecked")
    private V self() {
        return (V) this;
    }

    protected ModelMeta modelMeta() {
        return modelMeta;
    }

    @Override
    protected Set<String> allowedMethods() {
        return Set.of("GET", "POST", "PUT");
    }

    /** The object the form edits: null for a new one. */
    protected abstract M object(HttpRequest request);

    @Override
    protected HttpResponse dispatch(HttpRequest request, String method) throws Exception {
        M object = object(request);
        ModelForm<M> form = newForm();
        if (object != null) {
            form.instance(object);
        }
        form.initial(initial.apply(request));
        if (method.equals("GET")) {
            return renderToResponse(request, context(object, form));
        }
        form.bind(request);
        if (!form.isValid()) {
            return renderToResponse(request, context(object, form));
        }
        M unsaved = form.save(false);
        if (beforeSave != null) {
            beforeSave.accept(request, unsaved);
        }
        unsaved.save();
        form.saveM2m();
        if (successMessage != null) {
            Messages.success(request, format(successMessage, form.cleanedData()));
        }
        return Shortcuts.redirect(successUrl(unsaved));
    }

    private ModelForm<M> newForm() {
        if (formFactory == null) {
            throw new ImproperlyConfigured("Using ModelFormMixin (base class of " + getClass().getSimpleName()
                    + ") without the 'fields' attribute is prohibited: add .fields(\"a\", \"b\") to the "
                    + getClass().getSimpleName() + " of " + modelMeta.objectName() + ", or give it a form class.");
        }
        return formFactory.get();
    }

    private Map<String, Object> context(M object, ModelForm<M> form) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("form", form);
        if (object != null) {
            values.put("object", object);
            values.put(modelMeta.modelName(), object);
        }
        return values;
    }

    private String successUrl(M object) {
        if (successUrl == null) {
            throw new ImproperlyConfigured("No URL to redirect to. Provide a success_url: add .successUrl(\"app:name\")"
                    + " (or .successUrl(object -> ...)) to the " + getClass().getSimpleName() + " of "
                    + modelMeta.objectName() + ".");
        }
        return successUrl.apply(object);
    }

    /** Python's {@code %(name)s} formatting over the cleaned values, as Django's success messages. */
    static String format(String template, Map<String, Object> values) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("%\\((\\w+)\\)s").matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = values.get(m.group(1));
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(String.valueOf(value)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
