package dev.hotclub.forms;

import dev.hotclub.forms.widgets.HiddenInput;
import dev.hotclub.http.HttpRequest;
import dev.hotclub.http.QueryDict;
import dev.hotclub.http.UploadedFile;
import dev.hotclub.templates.SafeHtml;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Several copies of one form on a page (Django's {@code formset_factory} and {@code BaseFormSet}), with the
 * management form that tells the server how many were sent.
 *
 * <pre>{@code
 * FormSet<ArticleForm> articles = FormSet.of(ArticleForm::new).extra(2).canDelete(true).bind(request);
 * if (articles.isValid()) for (ArticleForm f : articles.forms()) if (f.hasChanged()) save(f.cleaned(f.title));
 * // template: <form method="post">${articles}<@csrf_input/></form>, or ${articles.managementForm} and a
 * // <#list articles.forms as f>...</#list>
 * }</pre>
 *
 * Posted data without the management form's fields is Django's non-form error ("ManagementForm data is missing
 * or has been tampered with..."). A model formset will extend this class and override {@link #newForm}.
 */
public class FormSet<F extends Form> implements SafeHtml {
    public static final String TOTAL_FORM_COUNT = "TOTAL_FORMS";
    public static final String INITIAL_FORM_COUNT = "INITIAL_FORMS";
    public static final String MIN_NUM_FORM_COUNT = "MIN_NUM_FORMS";
    public static final String MAX_NUM_FORM_COUNT = "MAX_NUM_FORMS";
    public static final String ORDERING_FIELD_NAME = "ORDER";
    public static final String DELETION_FIELD_NAME = "DELETE";
    /** Django's {@code DEFAULT_MAX_NUM}. */
    public static final int DEFAULT_MAX_NUM = 1000;

    private final Supplier<? extends F> formFactory;
    private int extra = 1;
    private int minNum = 0;
    private int maxNum = DEFAULT_MAX_NUM;
    private Integer absoluteMax;
    private boolean validateMin;
    private boolean validateMax;
    private boolean canDelete;
    private boolean canDeleteExtra = true;
    private boolean canOrder;
    private String prefix = "form";
    private List<Map<String, ?>> initial = List.of();
    private QueryDict data;
    private Map<String, List<UploadedFile>> files = Map.of();
    private boolean bound;
    private ManagementForm managementForm;
    private List<F> forms;
    private ErrorList nonFormErrors;

    protected FormSet(Supplier<? extends F> formFactory) {
        this.formFactory = formFactory;
    }

    /** A formset of the forms {@code formFactory} makes (one extra form by default). */
    public static <F extends Form> FormSet<F> of(Supplier<? extends F> formFactory) {
        return new FormSet<>(formFactory);
    }

    // ---- options (Django's formset_factory arguments) ------------------------------------------------------------

    public FormSet<F> extra(int extra) {
        this.extra = extra;
        return this;
    }

    public FormSet<F> minNum(int minNum) {
        this.minNum = minNum;
        return this;
    }

    public FormSet<F> maxNum(int maxNum) {
        this.maxNum = maxNum;
        return this;
    }

    /** The most forms accepted however many the management form claims (default: maxNum + 1000). */
    public FormSet<F> absoluteMax(int absoluteMax) {
        this.absoluteMax = absoluteMax;
        return this;
    }

    public FormSet<F> validateMin(boolean validate) {
        this.validateMin = validate;
        return this;
    }

    public FormSet<F> validateMax(boolean validate) {
        this.validateMax = validate;
        return this;
    }

    /** Adds a "Delete" checkbox to each form; deleted forms are not validated. */
    public FormSet<F> canDelete(boolean canDelete) {
        this.canDelete = canDelete;
        return this;
    }

    public FormSet<F> canDeleteExtra(boolean canDeleteExtra) {
        this.canDeleteExtra = canDeleteExtra;
        return this;
    }

    /** Adds an "Order" number to each form; {@link #orderedForms()} sorts by it. */
    public FormSet<F> canOrder(boolean canOrder) {
        this.canOrder = canOrder;
        return this;
    }

    public FormSet<F> prefix(String prefix) {
        this.prefix = prefix;
        return this;
    }

    /** The initial values of the first forms, one map each. */
    public FormSet<F> initial(List<? extends Map<String, ?>> initial) {
        this.initial = List.copyOf(initial);
        return this;
    }

    public FormSet<F> bind(HttpRequest request) {
        return bind(request.POST(), request.FILES());
    }

    public FormSet<F> bind(QueryDict data) {
        return bind(data, Map.of());
    }

    public FormSet<F> bind(QueryDict data, Map<String, List<UploadedFile>> files) {
        this.data = data == null ? QueryDict.empty() : data;
        this.files = files == null ? Map.of() : files;
        this.bound = true;
        this.managementForm = null;
        this.forms = null;
        this.nonFormErrors = null;
        return this;
    }

    public boolean isBound() {
        return bound;
    }

    public String prefix() {
        return prefix;
    }

    // ---- the forms -----------------------------------------------------------------------------------------------

    /** The hidden counts the page posts back ({@code form-TOTAL_FORMS}...). */
    public ManagementForm managementForm() {
        if (managementForm == null) {
            ManagementForm form = new ManagementForm().prefix(prefix);
            if (bound) {
                form.bind(data);
                form.errors();
            } else {
                form.initial(Map.of(TOTAL_FORM_COUNT, totalFormCount(), INITIAL_FORM_COUNT, initialFormCount(),
                        MIN_NUM_FORM_COUNT, minNum, MAX_NUM_FORM_COUNT, maxNum));
            }
            managementForm = form;
        }
        return managementForm;
    }

    private int absoluteMax() {
        return absoluteMax != null ? absoluteMax : maxNum + DEFAULT_MAX_NUM;
    }

    /** How many forms there are: as posted (capped at the absolute maximum), else initial + extra within the limits. */
    public int totalFormCount() {
        if (bound) {
            return Math.min(managementCount(TOTAL_FORM_COUNT), absoluteMax());
        }
        int initialForms = initialFormCount();
        int total = Math.max(initialForms, minNum) + extra;
        if (initialForms > maxNum && maxNum >= 0) {
            total = initialForms;
        } else if (total > maxNum && maxNum >= 0) {
            total = maxNum;
        }
        return total;
    }

    /** How many forms show existing data. */
    public int initialFormCount() {
        return bound ? managementCount(INITIAL_FORM_COUNT) : initial.size();
    }

    private int managementCount(String name) {
        Object value = managementForm().cleanedData().get(name);
        return value instanceof Integer i ? i : 0;
    }

    /** The forms, made once: prefixed {@code form-0}, {@code form-1}...; extra forms may be left empty. */
    public List<F> forms() {
        if (forms == null) {
            List<F> made = new ArrayList<>();
            int total = totalFormCount();
            for (int i = 0; i < total; i++) {
                made.add(construct(i));
            }
            forms = List.copyOf(made);
        }
        return forms;
    }

    private F construct(int i) {
        F form = newForm(i);
        form.prefix(prefix + "-" + i);
        if (i >= initialFormCount() && i >= minNum) {
            form.emptyPermitted(true);
            form.useRequiredAttribute(false);
        }
        if (!bound && i < initial.size()) {
            form.initial(initial.get(i));
        }
        addFields(form, i);
        if (bound) {
            form.bind(data, files);
        }
        return form;
    }

    /** The posted data (null when unbound), for a subclass that reads a form's raw values (a model formset's ids). */
    protected QueryDict boundData() {
        return data;
    }

    /** Makes the form at {@code index} (a model formset gives it its instance). */
    protected F newForm(int index) {
        return formFactory.get();
    }

    /** Django's {@code add_fields}: the ORDER and DELETE fields. */
    protected void addFields(F form, Integer index) {
        int initialForms = initialFormCount();
        if (canOrder) {
            IntegerField order = new IntegerField();
            order.label("Order").required(false);
            if (index != null && index < initialForms) {
                order.initial(index + 1);
            }
            form.addField(ORDERING_FIELD_NAME, order);
        }
        if (canDelete && (canDeleteExtra || (index != null && index < initialForms))) {
            form.addField(DELETION_FIELD_NAME, new BooleanField().label("Delete").required(false));
        }
    }

    /** A blank form prefixed {@code form-__prefix__}, for a script that adds forms in the page. */
    public F emptyForm() {
        F form = newForm(-1);
        form.prefix(prefix + "-__prefix__");
        form.emptyPermitted(true);
        form.useRequiredAttribute(false);
        addFields(form, null);
        return form;
    }

    // ---- validation ----------------------------------------------------------------------------------------------

    /** Bound, every form valid (deleted ones aside), and no formset-wide error. */
    public boolean isValid() {
        if (!bound) {
            return false;
        }
        boolean formsValid = true;
        for (F form : forms()) {
            if (!(canDelete && shouldDelete(form)) && !form.isValid()) {
                formsValid = false;
            }
        }
        return formsValid && nonFormErrors().isEmpty();
    }

    /** Each form's errors, in order. */
    public List<FormErrors> errors() {
        return forms().stream().map(Form::errors).toList();
    }

    /** Errors of the formset as a whole: the management form, min/max, {@link #clean()} (Django's {@code non_form_errors}). */
    public ErrorList nonFormErrors() {
        if (nonFormErrors == null) {
            fullClean();
        }
        return nonFormErrors;
    }

    private void fullClean() {
        nonFormErrors = new ErrorList("errorlist nonform", null);
        if (!bound) {
            return;
        }
        ManagementForm management = managementForm();
        if (!management.isValid()) {
            List<String> missing = management.errors().keySet().stream().map(management::addPrefix).toList();
            nonFormErrors.addAll(new ValidationError("ManagementForm data is missing or has been tampered with."
                    + " Missing fields: %(field_names)s. You may need to file a bug report if the issue persists.",
                    "missing_management_form", Map.of("field_names", String.join(", ", missing))).messages());
        }
        int emptyForms = 0;
        for (int i = 0; i < forms().size(); i++) {
            F form = forms().get(i);
            if (!form.hasChanged() && i >= initialFormCount()) {
                emptyForms++;
            }
            form.errors();
        }
        try {
            int deleted = canDelete ? deletedForms().size() : 0;
            if (validateMax && (totalFormCount() - deleted > maxNum || managementCount(TOTAL_FORM_COUNT) > absoluteMax())) {
                throw new ValidationError(maxNum == 1 ? "Please submit at most %(n)s form." : "Please submit at most"
                        + " %(n)s forms.", "too_many_forms", Map.of("n", maxNum));
            }
            if (validateMin && totalFormCount() - deleted - emptyForms < minNum) {
                throw new ValidationError(minNum == 1 ? "Please submit at least %(n)s form." : "Please submit at least"
                        + " %(n)s forms.", "too_few_forms", Map.of("n", minNum));
            }
            clean();
        } catch (ValidationError e) {
            nonFormErrors.addAll(e.messages());
        }
    }

    /** Checks across the forms (Django's formset {@code clean()}); throw a {@link ValidationError} to report. */
    protected void clean() {
    }

    private boolean shouldDelete(F form) {
        return Boolean.TRUE.equals(form.cleanedData().get(DELETION_FIELD_NAME));
    }

    /** The forms whose "Delete" box was ticked. */
    public List<F> deletedForms() {
        if (!bound || !canDelete) {
            return List.of();
        }
        List<F> deleted = new ArrayList<>();
        for (int i = 0; i < forms().size(); i++) {
            F form = forms().get(i);
            if (i >= initialFormCount() && !form.hasChanged()) {
                continue;
            }
            if (shouldDelete(form)) {
                deleted.add(form);
            }
        }
        return deleted;
    }

    /** The valid forms sorted by their "Order" (forms without one last), deleted and untouched extra forms left out. */
    public List<F> orderedForms() {
        if (!isValid() || !canOrder) {
            throw new IllegalStateException("orderedForms() needs canOrder(true) and a valid formset");
        }
        List<F> ordered = new ArrayList<>();
        for (int i = 0; i < forms().size(); i++) {
            F form = forms().get(i);
            if ((i >= initialFormCount() && !form.hasChanged()) || (canDelete && shouldDelete(form))) {
                continue;
            }
            ordered.add(form);
        }
        ordered.sort(Comparator.comparing(f -> (Integer) f.cleanedData().get(ORDERING_FIELD_NAME),
                Comparator.nullsLast(Comparator.naturalOrder())));
        return ordered;
    }

    /** Each form's cleaned data, in order. */
    public List<Map<String, Object>> cleanedData() {
        return forms().stream().map(Form::cleanedData).toList();
    }

    /** Whether any form changed. */
    public boolean hasChanged() {
        return forms().stream().anyMatch(Form::hasChanged);
    }

    /** Whether a form uploads files. */
    public boolean isMultipart() {
        return forms().isEmpty() ? emptyForm().isMultipart() : forms().get(0).isMultipart();
    }

    /** The management form then each form's div layout (Django 5's {@code formsets/div.html}). */
    @Override
    public String toHtml() {
        StringBuilder out = new StringBuilder(managementForm().toHtml());
        for (F form : forms()) {
            out.append('\n').append(form.toHtml());
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return toHtml();
    }

    /** The formset's hidden counts (Django's {@code ManagementForm}). */
    public static final class ManagementForm extends Form {
        {
            field(TOTAL_FORM_COUNT, new IntegerField().widget(new HiddenInput()));
            field(INITIAL_FORM_COUNT, new IntegerField().widget(new HiddenInput()));
            field(MIN_NUM_FORM_COUNT, new IntegerField().required(false).widget(new HiddenInput()));
            field(MAX_NUM_FORM_COUNT, new IntegerField().required(false).widget(new HiddenInput()));
        }
    }
}
