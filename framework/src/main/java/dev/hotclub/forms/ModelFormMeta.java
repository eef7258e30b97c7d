package dev.hotclub.forms;

import dev.hotclub.db.models.Model;
import dev.hotclub.forms.widgets.Widget;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A model form's options, Django's {@code class Meta} of a {@code ModelForm}: the model, which of its fields the
 * form edits ({@link #fields} or {@link #exclude}: one of them is required), and per field a widget, label, help
 * text, error messages or a field of one's own.
 *
 * <pre>{@code
 * ModelFormMeta.of(Question.class).fields("questionText", "pubDate")
 *         .label("pubDate", "Published").widget("questionText", new Textarea())
 * }</pre>
 *
 * Names are the model's Java field names ({@code questionText}); they are also the form fields' HTML names.
 */
public final class ModelFormMeta<M extends Model> {
    /** Django's {@code fields = "__all__"}. */
    public static final String ALL_FIELDS = "__all__";

    final Class<M> model;
    List<String> fields;
    List<String> exclude;
    final Map<String, Supplier<? extends Widget>> widgets = new LinkedHashMap<>();
    final Map<String, String> labels = new LinkedHashMap<>();
    final Map<String, String> helpTexts = new LinkedHashMap<>();
    final Map<String, Map<String, String>> errorMessages = new LinkedHashMap<>();
    final Map<String, Supplier<? extends Field<?>>> formFields = new LinkedHashMap<>();

    private ModelFormMeta(Class<M> model) {
        this.model = model;
    }

    public static <M extends Model> ModelFormMeta<M> of(Class<M> model) {
        return new ModelFormMeta<>(model);
    }

    /** The model fields the form edits, in this order; {@code fields(ModelFormMeta.ALL_FIELDS)} for every editable one. */
    public ModelFormMeta<M> fields(String... names) {
        this.fields = List.of(names);
        return this;
    }

    /** Every editable field but these. */
    public ModelFormMeta<M> exclude(String... names) {
        this.exclude = List.of(names);
        return this;
    }

    /** The widget for a field; a supplier, since each form instance needs its own widget object. */
    public ModelFormMeta<M> widget(String field, Supplier<? extends Widget> widget) {
        widgets.put(field, widget);
        return this;
    }

    public ModelFormMeta<M> label(String field, String label) {
        labels.put(field, label);
        return this;
    }

    public ModelFormMeta<M> helpText(String field, String helpText) {
        helpTexts.put(field, helpText);
        return this;
    }

    /** A message for an error code of a field ({@code "required"}, {@code "max_length"}, {@code "unique"}...). */
    public ModelFormMeta<M> errorMessage(String field, String code, String message) {
        errorMessages.computeIfAbsent(field, k -> new LinkedHashMap<>()).put(code, message);
        return this;
    }

    /** A form field of one's own instead of the derived one (Django's field declared on the form class). */
    public ModelFormMeta<M> field(String field, Supplier<? extends Field<?>> formField) {
        formFields.put(field, formField);
        return this;
    }

    public Class<M> model() {
        return model;
    }
}
