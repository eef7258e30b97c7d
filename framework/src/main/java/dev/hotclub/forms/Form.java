package dev.hotclub.forms;

import dev.hotclub.http.HttpRequest;
import dev.hotclub.http.QueryDict;
import dev.hotclub.http.UploadedFile;
import dev.hotclub.templates.SafeHtml;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A form (Django's {@code forms.Form}): fields declared in order, bound to posted data, cleaned with Django's
 * rules and messages, and rendered as HTML a designer can take over.
 *
 * <pre>{@code
 * public final class ContactForm extends Form {
 *     final Field<String> subject = field("subject", new CharField().maxLength(100));
 *     final Field<String> sender = field("sender", new EmailField(), this::cleanSender);
 *     final Field<Boolean> ccMyself = field("cc_myself", new BooleanField().required(false));
 *
 *     private String cleanSender(String email) {            // Django's clean_sender()
 *         if (email.endsWith("@example.com")) throw new ValidationError("No example addresses.");
 *         return email.toLowerCase();
 *     }
 *
 *     @Override protected void clean() {                    // Django's clean(): the form as a whole
 *         if (cleaned(ccMyself) == Boolean.TRUE && !hasCleaned(sender)) addError(null, "Whom should we copy?");
 *     }
 * }
 *
 * ContactForm form = new ContactForm().bind(request);      // request.POST() and request.FILES()
 * if (form.isValid()) { send(form.cleaned(form.subject), ...); return redirect("thanks"); }
 * return render(request, "contact.html", Map.of("form", form));   // ${form}, or field by field
 * }</pre>
 *
 * Cleaning runs as Django's {@code full_clean}: each field's {@code clean} (convert, validate, validators) then
 * its hook, in declaration order; then {@link #clean()}; errors from {@link #clean()} or {@link #addError} with
 * no field are the non-field errors. A form with data is bound even when the data is empty (an empty POST).
 * Forms are not shared between requests: make one per request.
 */
public abstract class Form implements SafeHtml {
    private final Map<String, Field<?>> fields = new LinkedHashMap<>();
    private final Map<String, Function<Object, Object>> hooks = new LinkedHashMap<>();
    private final Map<String, Object> initial = new LinkedHashMap<>();
    private QueryDict data;
    private Map<String, List<UploadedFile>> files = Map.of();
    private boolean bound;
    private String prefix;
    private String autoId = "id_%s";
    private String labelSuffix = ":";
    private boolean emptyPermitted;
    private boolean useRequiredAttribute = true;
    private String errorCssClass;
    private String requiredCssClass;
    private FormErrors errors;
    private Map<String, Object> cleanedData;

    // ---- declaring -----------------------------------------------------------------------------------------------

    /** Declares the field {@code name} (the HTML name, Django's attribute name); fields keep this order. */
    protected final <F extends Field<?>> F field(String name, F field) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException(getClass().getSimpleName() + ": a field needs a non-empty name");
        }
        if (fields.containsKey(name)) {
            throw new IllegalArgumentException(getClass().getSimpleName() + " declares the field '" + name
                    + "' twice");
        }
        if (field.name != null) {
            throw new IllegalArgumentException(getClass().getSimpleName() + ": the field given for '" + name
                    + "' already belongs to the field '" + field.name + "'; make a new field object for each");
        }
        field.name = name;
        fields.put(name, field);
        return field;
    }

    /**
     * Declares a field with its clean hook (Django's {@code clean_<name>()}): called with the field's cleaned
     * value when it is valid; what it returns is the cleaned value; a {@link ValidationError} is the field's error.
     */
    @SuppressWarnings("unchecked")
    protected final <T, F extends Field<T>> F field(String name, F field, Function<? super T, ? extends T> hook) {
        field(name, field);
        hooks.put(name, value -> hook.apply((T) value));
        return field;
    }

    /** Adds a field from outside the class (a formset's DELETE and ORDER fields). */
    final void addField(String name, Field<?> field) {
        field(name, field);
    }

    /** Removes a declared field (a subclass hiding one of its parent's, or per-instance tailoring). */
    protected final void removeField(String name) {
        fields.remove(name);
        hooks.remove(name);
    }

    // ---- options -------------------------------------------------------------------------------------------------

    /** Prefixes every field's HTML name ({@code "billing"} gives {@code billing-street}), for several forms in a page. */
    @SuppressWarnings("unchecked")
    public <F extends Form> F prefix(String prefix) {
        this.prefix = prefix;
        return (F) this;
    }

    /** The id pattern ({@code "id_%s"} by default; {@code "%s"} for the bare name; null or "" for no ids). */
    @SuppressWarnings("unchecked")
    public <F extends Form> F autoId(String autoId) {
        this.autoId = autoId;
        return (F) this;
    }

    /** The text after each label ({@code ":"}). */
    @SuppressWarnings("unchecked")
    public <F extends Form> F labelSuffix(String labelSuffix) {
        this.labelSuffix = labelSuffix;
        return (F) this;
    }

    /** Initial values by field name, overriding the fields' own (Django's {@code initial=}). */
    @SuppressWarnings("unchecked")
    public <F extends Form> F initial(Map<String, ?> values) {
        initial.putAll(values);
        return (F) this;
    }

    /** An unchanged form is valid without its required fields (a formset's extra forms). */
    @SuppressWarnings("unchecked")
    public <F extends Form> F emptyPermitted(boolean emptyPermitted) {
        this.emptyPermitted = emptyPermitted;
        return (F) this;
    }

    /** Whether widgets get the {@code required} attribute (default true). */
    @SuppressWarnings("unchecked")
    public <F extends Form> F useRequiredAttribute(boolean use) {
        this.useRequiredAttribute = use;
        return (F) this;
    }

    /** CSS classes for the rows of fields with errors and of required fields (Django's {@code error_css_class}...). */
    @SuppressWarnings("unchecked")
    public <F extends Form> F cssClasses(String errorCssClass, String requiredCssClass) {
        this.errorCssClass = errorCssClass;
        this.requiredCssClass = requiredCssClass;
        return (F) this;
    }

    // ---- binding -------------------------------------------------------------------------------------------------

    /** Binds the form to the request's POST data and uploaded files. */
    public <F extends Form> F bind(HttpRequest request) {
        return bind(request.POST(), request.FILES());
    }

    /** Binds the form to {@code data} (Django's {@code Form(data)}): even empty data makes a bound form. */
    public <F extends Form> F bind(QueryDict data) {
        return bind(data, Map.of());
    }

    /** Binds the form to a map of values: a string, or a list of strings for a multiple choice. */
    public <F extends Form> F bind(Map<String, ?> values) {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        values.forEach((k, v) -> lists.put(k, v instanceof List<?> l ? l.stream().map(String::valueOf).toList()
                : List.of(String.valueOf(v))));
        return bind(QueryDict.of(lists));
    }

    /** Binds the form to {@code data} and uploaded {@code files}. */
    @SuppressWarnings("unchecked")
    public <F extends Form> F bind(QueryDict data, Map<String, List<UploadedFile>> files) {
        this.data = data == null ? QueryDict.empty() : data;
        this.files = files == null ? Map.of() : files;
        this.bound = true;
        this.errors = null;
        this.cleanedData = null;
        return (F) this;
    }

    public boolean isBound() {
        return bound;
    }

    /** The data bound to the form (empty when unbound). */
    public QueryDict data() {
        return data == null ? QueryDict.empty() : data;
    }

    public Map<String, List<UploadedFile>> files() {
        return files;
    }

    // ---- cleaning ------------------------------------------------------------------------------------------------

    /** Bound and without errors (cleans the form the first time it is asked). */
    public boolean isValid() {
        return bound && errors().isEmpty();
    }

    /** The errors by field name, cleaning the form the first time (an unbound form has none). */
    public FormErrors errors() {
        if (errors == null) {
            fullClean();
        }
        return errors;
    }

    private void fullClean() {
        errors = new FormErrors();
        if (!bound) {
            return;
        }
        cleanedData = new LinkedHashMap<>();
        if (emptyPermitted && !hasChanged()) {
            return;
        }
        for (Map.Entry<String, Field<?>> entry : fields.entrySet()) {
            String name = entry.getKey();
            Field<?> field = entry.getValue();
            Object value = field.isDisabled() ? initialFor(name)
                    : field.widget().valueFromData(data, files, addPrefix(name));
            try {
                Object clean = field.clean(value, initialFor(name));
                cleanedData.put(name, clean);
                Function<Object, Object> hook = hooks.get(name);
                if (hook != null) {
                    cleanedData.put(name, hook.apply(clean));
                }
            } catch (ValidationError e) {
                addError(name, e);
            }
        }
        try {
            clean();
        } catch (ValidationError e) {
            addError(null, e);
        }
        postClean();
    }

    /** Django's {@code clean()}: checks across fields, after each field's; throw or {@link #addError} to report. */
    protected void clean() {
    }

    /** Runs after {@link #clean()}: a model form validates its instance here. */
    protected void postClean() {
    }

    /** The cleaned values by field name, fields with errors left out; empty before cleaning or when unbound. */
    public Map<String, Object> cleanedData() {
        errors();
        return cleanedData == null ? Map.of() : Collections.unmodifiableMap(cleanedData);
    }

    /**
     * The cleaned value of {@code field}; the form is cleaned first if it was not. Asking for a field that has an
     * error, or on an unbound form, is an {@link IllegalStateException} saying so.
     */
    @SuppressWarnings("unchecked")
    public <T> T cleaned(Field<T> field) {
        String name = nameOf(field);
        errors();
        if (cleanedData == null) {
            throw new IllegalStateException(getClass().getSimpleName() + " is not bound: there is no cleaned value"
                    + " for '" + name + "'. Bind it to the posted data first (form.bind(request)).");
        }
        if (!cleanedData.containsKey(name)) {
            throw new IllegalStateException(getClass().getSimpleName() + "'s field '" + name + "' has no cleaned value"
                    + (errors.containsKey(name) ? " (it has errors: " + errors.get(name).asText() + ")" : "")
                    + ". Check form.isValid() or hasCleaned(field) before reading it.");
        }
        return (T) cleanedData.get(name);
    }

    /** Whether {@code field} has a cleaned value (it was valid), e.g. in {@link #clean()}. */
    public boolean hasCleaned(Field<?> field) {
        errors();
        return cleanedData != null && cleanedData.containsKey(nameOf(field));
    }

    /** Sets a cleaned value, from {@link #clean()}. */
    protected final <T> void setCleaned(Field<T> field, T value) {
        errors();
        cleanedData.put(nameOf(field), value);
    }

    private String nameOf(Field<?> field) {
        if (field == null || field.name == null || fields.get(field.name) != field) {
            throw new IllegalArgumentException("That field is not one of " + getClass().getSimpleName()
                    + "'s fields; declare it with field(name, ...)");
        }
        return field.name;
    }

    /** Adds a message to {@code field}'s errors, or to the non-field errors when {@code field} is null. */
    public void addError(String field, String message) {
        addError(field, new ValidationError(message));
    }

    /**
     * Django's {@code add_error}: the error goes to {@code field} (removing its cleaned value), or to the non-field
     * errors for null; an error made by {@link ValidationError#forFields} spreads over its fields.
     */
    public void addError(String field, ValidationError error) {
        FormErrors all = errors();
        Map<String, List<ValidationError.Message>> byField;
        if (error.byField() != null) {
            if (field != null) {
                throw new IllegalArgumentException("The argument `field` must be `None` when the `error` argument"
                        + " contains errors for multiple fields.");
            }
            byField = error.byField();
        } else {
            byField = Map.of(field == null ? FormErrors.NON_FIELD_ERRORS : field, error.messages());
        }
        byField.forEach((name, messages) -> {
            if (!name.equals(FormErrors.NON_FIELD_ERRORS) && !fields.containsKey(name)) {
                throw new IllegalArgumentException("'" + getClass().getSimpleName() + "' has no field named '"
                        + name + "'.");
            }
            all.getOrCreate(name).addAll(messages);
            if (cleanedData != null) {
                cleanedData.remove(name);
            }
        });
    }

    /** The errors not tied to one field (Django's {@code non_field_errors()}). */
    public ErrorList nonFieldErrors() {
        ErrorList list = errors().get(FormErrors.NON_FIELD_ERRORS);
        return list != null ? list : new ErrorList("errorlist nonfield", null);
    }

    /** Whether {@code field} (null: the non-field errors) has an error, with {@code code} if not null. */
    public boolean hasError(String field, String code) {
        ErrorList list = errors().get(field == null ? FormErrors.NON_FIELD_ERRORS : field);
        if (list == null) {
            return false;
        }
        return code == null || list.data().stream().anyMatch(m -> code.equals(m.code()));
    }

    // ---- changes -------------------------------------------------------------------------------------------------

    /** Whether the data differs from the initial values. */
    public boolean hasChanged() {
        return !changedData().isEmpty();
    }

    /** The names of the fields whose data differs from their initial value (Django's {@code changed_data}). */
    public List<String> changedData() {
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, Field<?>> entry : fields.entrySet()) {
            String name = entry.getKey();
            Field<?> field = entry.getValue();
            Object dataValue = field.widget().valueFromData(data(), files, addPrefix(name));
            Object initialValue;
            if (field.showsHiddenInitial()) {
                try {
                    initialValue = field.toPython(data().get(addInitialPrefix(name)));
                } catch (ValidationError e) {
                    changed.add(name);
                    continue;
                }
            } else {
                initialValue = initialFor(name);
            }
            if (field.hasChanged(initialValue, dataValue)) {
                changed.add(name);
            }
        }
        return changed;
    }

    // ---- fields and rendering ------------------------------------------------------------------------------------

    /** The initial value of field {@code name}: the form's, else the field's (a {@link Supplier} is called). */
    public Object initialFor(String name) {
        Field<?> field = fields.get(name);
        Object value = initial.containsKey(name) ? initial.get(name) : field == null ? null : defaultInitial(name, field);
        return value instanceof Supplier<?> s ? s.get() : value;
    }

    /** The initial value when the form was given none for {@code name}: the field's (a model form: its instance's). */
    Object defaultInitial(String name, Field<?> field) {
        return field.initial();
    }

    /** The field named {@code name} as the template shows it ({@code ${form.email}}); Django's {@code form['email']}. */
    public BoundField get(String name) {
        Field<?> field = fields.get(name);
        if (field == null) {
            throw new IllegalArgumentException("Key '" + name + "' not found in '" + getClass().getSimpleName()
                    + "'. Choices are: " + String.join(", ", fields.keySet().stream().sorted().toList()) + ".");
        }
        return new BoundField(this, field, name);
    }

    /** Every field, bound, in order. */
    public List<BoundField> fields() {
        return fields.keySet().stream().map(this::get).toList();
    }

    /** The declared fields by name. */
    public Map<String, Field<?>> declaredFields() {
        return Collections.unmodifiableMap(fields);
    }

    public List<BoundField> visibleFields() {
        return fields().stream().filter(f -> !f.isHidden()).toList();
    }

    public List<BoundField> hiddenFields() {
        return fields().stream().filter(BoundField::isHidden).toList();
    }

    /** Whether a widget uploads files: the {@code <form>} needs {@code enctype="multipart/form-data"}. */
    public boolean isMultipart() {
        return fields.values().stream().anyMatch(f -> f.widget().needsMultipartForm());
    }

    /** {@code name} with the form's prefix ({@code billing-street}). */
    public String addPrefix(String name) {
        return prefix == null || prefix.isEmpty() ? name : prefix + "-" + name;
    }

    /** The name of the hidden initial value of {@code name} ({@code initial-billing-street}). */
    public String addInitialPrefix(String name) {
        return "initial-" + addPrefix(name);
    }

    public String prefix() {
        return prefix;
    }

    public String autoId() {
        return autoId;
    }

    public String labelSuffix() {
        return labelSuffix;
    }

    public boolean usesRequiredAttribute() {
        return useRequiredAttribute;
    }

    public String errorCssClass() {
        return errorCssClass;
    }

    public String requiredCssClass() {
        return requiredCssClass;
    }

    public boolean isEmptyPermitted() {
        return emptyPermitted;
    }

    /** Django 3.2's {@code as_table()}: one {@code <tr>} per field (put it inside a {@code <table>}). */
    public SafeHtml asTable() {
        return SafeHtml.of(FormLayouts.table(this));
    }

    /** Django 3.2's {@code as_ul()}: one {@code <li>} per field (put it inside a {@code <ul>}). */
    public SafeHtml asUl() {
        return SafeHtml.of(FormLayouts.ul(this));
    }

    /** Django 3.2's {@code as_p()}: one {@code <p>} per field, errors above it. */
    public SafeHtml asP() {
        return SafeHtml.of(FormLayouts.p(this));
    }

    /** Django 5's {@code as_div()}: one {@code <div>} per field, what {@code ${form}} prints. */
    public SafeHtml asDiv() {
        return SafeHtml.of(FormLayouts.div(this));
    }

    @Override
    public String toHtml() {
        return FormLayouts.div(this);
    }

    @Override
    public String toString() {
        return toHtml();
    }
}
