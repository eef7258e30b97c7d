package dev.hotclub.forms;

import dev.hotclub.conf.ImproperlyConfigured;
import dev.hotclub.db.models.FieldError;
import dev.hotclub.db.models.FieldKind;
import dev.hotclub.db.models.FieldMeta;
import dev.hotclub.db.models.ManyToMany;
import dev.hotclub.db.models.Model;
import dev.hotclub.db.models.ModelMeta;
import dev.hotclub.db.models.Ref;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Django's {@code ModelForm}: a form whose fields come from a model's, which edits one instance of it.
 *
 * <pre>{@code
 * public final class QuestionForm extends ModelForm<Question> {
 *     public QuestionForm() {
 *         super(ModelFormMeta.of(Question.class).fields("questionText", "pubDate"));
 *     }
 * }
 *
 * QuestionForm form = new QuestionForm().instance(question).bind(request);   // instance: to edit one
 * if (form.isValid()) {
 *     Question saved = form.save();            // or save(false), change it, saved.save(), form.saveM2m()
 * }
 * }</pre>
 *
 * {@link #of(ModelFormMeta)} makes one without a class of its own. Cleaning is a form's, then (Django's
 * {@code _post_clean}) the cleaned values are put on the instance and the model validates it: its field rules
 * and its unique checks ({@code "Publisher with this Name already exists."}), leaving out the fields the form does
 * not edit or that already failed.
 */
public class ModelForm<M extends Model> extends Form {
    private final ModelFormMeta<M> meta;
    private final ModelMeta modelMeta;
    private final Map<String, FieldMeta> modelFields = new LinkedHashMap<>();
    private M instance;
    private Map<String, Object> instanceInitial;
    private boolean saveM2mPending;

    protected ModelForm(ModelFormMeta<M> meta) {
        this.meta = meta;
        this.modelMeta = ModelMeta.of(meta.model);
        declareFields();
    }

    /** A model form with no class of its own (what the generic views make from a model and its fields). */
    public static <M extends Model> ModelForm<M> of(ModelFormMeta<M> meta) {
        return new ModelForm<>(meta);
    }

    private void declareFields() {
        String formName = getClass() == ModelForm.class ? modelMeta.objectName() + "Form" : getClass().getSimpleName();
        if (meta.fields == null && meta.exclude == null) {
            throw new ImproperlyConfigured("Creating a ModelForm without either the 'fields' attribute or the 'exclude'"
                    + " attribute is prohibited; form " + formName + " needs updating. Add .fields(\"a\", \"b\")"
                    + " (or .fields(ModelFormMeta.ALL_FIELDS)) or .exclude(...) to its ModelFormMeta.");
        }
        boolean all = meta.fields != null && meta.fields.equals(List.of(ModelFormMeta.ALL_FIELDS));
        List<String> unknown = new ArrayList<>();
        for (String name : meta.fields == null || all ? List.<String>of() : meta.fields) {
            if (modelMeta.field(name).isEmpty() && !meta.formFields.containsKey(name)) {
                unknown.add(name);
            }
        }
        for (String name : meta.exclude == null ? List.<String>of() : meta.exclude) {
            if (modelMeta.field(name).isEmpty()) {
                unknown.add(name);
            }
        }
        if (!unknown.isEmpty()) {
            throw new FieldError("Unknown field(s) (" + String.join(", ", unknown) + ") specified for "
                    + modelMeta.objectName() + ". Its fields are: " + String.join(", ",
                    modelMeta.fields().stream().filter(ModelFormFields::editable).map(FieldMeta::name).toList()) + ".");
        }
        List<String> names = new ArrayList<>();
        if (meta.fields != null && !all) {
            names.addAll(meta.fields);
        } else {
            modelMeta.fields().stream().filter(ModelFormFields::editable).map(FieldMeta::name).forEach(names::add);
        }
        if (meta.exclude != null) {
            names.removeAll(meta.exclude);
        }
        for (String name : names) {
            FieldMeta f = modelMeta.field(name).orElse(null);
            Field<?> field;
            if (meta.formFields.containsKey(name)) {
                field = meta.formFields.get(name).get();
            } else {
                if (!ModelFormFields.editable(f)) {
                    throw new FieldError("'" + name + "' cannot be specified for " + modelMeta.objectName()
                            + " model form as it is a non-editable field");
                }
                field = ModelFormFields.formField(f);
                if (meta.widgets.containsKey(name)) {
                    field.widget(meta.widgets.get(name).get());
                }
                if (meta.labels.containsKey(name)) {
                    field.label(meta.labels.get(name));
                }
                if (meta.helpTexts.containsKey(name)) {
                    field.helpText(meta.helpTexts.get(name));
                }
                if (meta.errorMessages.containsKey(name)) {
                    field.errorMessages(meta.errorMessages.get(name));
                }
            }
            if (f != null) {
                modelFields.put(name, f);
            }
            field(name, field);
        }
    }

    // ---- the instance --------------------------------------------------------------------------------------------

    /** The instance the form edits (Django's {@code instance=}); set it before binding. */
    @SuppressWarnings("unchecked")
    public <F extends ModelForm<M>> F instance(M instance) {
        this.instance = instance;
        this.instanceInitial = null;
        return (F) this;
    }

    /** The instance edited: the one given, else a new one; after a valid {@code isValid()} it carries the cleaned values. */
    public M instance() {
        if (instance == null) {
            try {
                instance = meta.model.getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot make a new " + meta.model.getName()
                        + ": a model needs a public constructor without parameters", e);
            }
        }
        return instance;
    }

    public ModelFormMeta<M> meta() {
        return meta;
    }

    /**
     * Django's {@code model_to_dict}: what the instance held before the form cleaned its data onto it (read once,
     * so {@code hasChanged()} still compares with the row as it was).
     */
    @Override
    Object defaultInitial(String name, Field<?> field) {
        if (!modelFields.containsKey(name)) {
            return field.initial();
        }
        return instanceInitial().get(name);
    }

    private Map<String, Object> instanceInitial() {
        if (instanceInitial == null) {
            Map<String, Object> values = new java.util.HashMap<>();
            modelFields.forEach((name, f) -> values.put(name, modelToDict(f)));
            instanceInitial = values;
        }
        return instanceInitial;
    }

    private Object modelToDict(FieldMeta f) {
        M current = instance();
        Object value = f.get(current);
        if (f.kind() == FieldKind.MANY_TO_MANY) {
            return current.pk() == null ? List.of() : ((ManyToMany<?>) value).all().list();
        }
        if (value instanceof Ref<?> ref) {
            return ref.pk();
        }
        if (value instanceof Instant at) {
            return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return value;
    }

    // ---- cleaning: Django's _post_clean --------------------------------------------------------------------------

    @Override
    protected void postClean() {
        instanceInitial();
        Set<String> exclude = validationExclusions();
        constructInstance(exclude);
        try {
            instance().fullClean(exclude);
        } catch (dev.hotclub.db.models.ValidationError e) {
            e.messageDict().forEach((name, messages) -> {
                for (String message : messages) {
                    boolean onField = declaredFields().containsKey(name);
                    addError(onField ? name : null, modelError(onField ? name : null, message));
                }
            });
        }
    }

    /** A model's message as a form error, with Django's code for a unique check and the form's own message for it. */
    private ValidationError modelError(String field, String message) {
        if (!message.endsWith(" already exists.")) {
            return new ValidationError(message);
        }
        String code = field == null ? "unique_together" : "unique";
        String own = field == null ? null : meta.errorMessages.getOrDefault(field, Map.of()).get("unique");
        if (own == null) {
            return new ValidationError(message, code, Map.of());
        }
        FieldMeta f = modelFields.get(field);
        return new ValidationError(own, code, Map.of("model_name", ModelFormFields.capitalize(modelMeta.verboseName()),
                "field_label", ModelFormFields.capitalize(f.verboseName())));
    }

    /** Django's {@code _get_validation_exclusions}: what the model must not check. */
    private Set<String> validationExclusions() {
        Set<String> exclude = new HashSet<>();
        for (FieldMeta f : modelMeta.fields()) {
            String name = f.name();
            Field<?> field = declaredFields().get(name);
            if (field == null || errors().containsKey(name)) {
                exclude.add(name);
                continue;
            }
            // A field the form does not require, left empty, while the model does: the form knows better.
            Object value = cleanedData().get(name);
            if (!field.isRequired() && !f.blank() && Field.isEmptyValue(value)) {
                exclude.add(name);
            }
        }
        return exclude;
    }

    /** Django's {@code construct_instance}: the cleaned values onto the instance (many-to-many waits for the save). */
    private void constructInstance(Set<String> exclude) {
        M target = instance();
        for (Map.Entry<String, FieldMeta> entry : modelFields.entrySet()) {
            String name = entry.getKey();
            FieldMeta f = entry.getValue();
            if (!cleanedData().containsKey(name) || f.kind() == FieldKind.MANY_TO_MANY) {
                continue;
            }
            Field<?> field = declaredFields().get(name);
            // Django: leave a model default in place when the widget says the value was not posted at all.
            if (f.hasDefault() && field.widget().valueOmittedFromData(data(), files(), addPrefix(name))) {
                continue;
            }
            ModelValues.assign(f, target, cleanedData().get(name));
        }
    }

    // ---- saving --------------------------------------------------------------------------------------------------

    /** Saves the instance and its many-to-many values; returns it. */
    public M save() {
        return save(true);
    }

    /**
     * With {@code commit} false, returns the instance unsaved: set what the form does not edit, save it, then call
     * {@link #saveM2m()} (Django's {@code save(commit=False)} then {@code form.save_m2m()}).
     */
    public M save(boolean commit) {
        if (!errors().isEmpty() || !isBound()) {
            throw new IllegalStateException("The " + modelMeta.objectName() + " could not be "
                    + (instance().pk() == null ? "created" : "changed") + " because the data didn't validate."
                    + (isBound() ? " Errors: " + errors().asText().strip() : " The form is not bound."));
        }
        if (commit) {
            instance().save();
            saveM2mNow();
        } else {
            saveM2mPending = true;
        }
        return instance();
    }

    /** Saves the many-to-many values after {@code save(false)} and the instance's own save. */
    public void saveM2m() {
        if (!saveM2mPending) {
            throw new IllegalStateException("saveM2m() is for after save(false); save() saves many-to-many values itself.");
        }
        if (instance().pk() == null) {
            throw new IllegalStateException("Save the " + modelMeta.objectName() + " (instance.save()) before saveM2m():"
                    + " its many-to-many rows need its id.");
        }
        saveM2mNow();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void saveM2mNow() {
        saveM2mPending = false;
        for (Map.Entry<String, FieldMeta> entry : modelFields.entrySet()) {
            if (entry.getValue().kind() == FieldKind.MANY_TO_MANY && cleanedData().containsKey(entry.getKey())) {
                ManyToMany related = (ManyToMany) entry.getValue().get(instance());
                related.set((Collection) cleanedData().get(entry.getKey()));
            }
        }
    }
}
