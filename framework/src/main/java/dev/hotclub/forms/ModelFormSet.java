package dev.hotclub.forms;

import dev.hotclub.db.models.FieldMeta;
import dev.hotclub.db.models.Model;
import dev.hotclub.db.models.ModelMeta;
import dev.hotclub.db.models.QuerySet;
import dev.hotclub.db.models.Ref;
import dev.hotclub.forms.widgets.HiddenInput;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Django's model formset ({@code modelformset_factory}) and inline formset ({@code inlineformset_factory}): one
 * model form per row of a query, plus extra forms for new rows; {@link #save()} saves the changed forms, creates
 * the new ones and deletes those marked {@code DELETE}.
 *
 * <pre>{@code
 * ModelFormSet<Author> authors = ModelFormSet.of(ModelFormMeta.of(Author.class).fields("name"), Author.objects.all());
 * ModelFormSet<Choice> choices = ModelFormSet.inline(question, ModelFormMeta.of(Choice.class).fields("choiceText"));
 * choices.extra(3).canDelete(true);
 * if (choices.bind(request).isValid()) choices.save();
 * }</pre>
 *
 * Each form carries its row's key in a hidden {@code id} field; a key outside the query is refused ("Select a
 * valid choice..."), so a post cannot edit rows the formset does not show.
 */
public class ModelFormSet<M extends Model> extends FormSet<ModelForm<M>> {
    private final Supplier<? extends ModelForm<M>> formFactory;
    private final QuerySet<M> queryset;
    private final Model parent;
    private final FieldMeta foreignKey;
    private List<M> rows;

    private ModelFormSet(Supplier<? extends ModelForm<M>> formFactory, QuerySet<M> queryset, Model parent,
                         FieldMeta foreignKey) {
        super(formFactory);
        this.formFactory = formFactory;
        this.queryset = queryset;
        this.parent = parent;
        this.foreignKey = foreignKey;
    }

    /** A formset over the rows of {@code queryset}, edited with the model form {@code meta} describes. */
    public static <M extends Model> ModelFormSet<M> of(ModelFormMeta<M> meta, QuerySet<M> queryset) {
        ModelForm.of(meta);                                   // a wrong field name fails here
        return new ModelFormSet<>(() -> ModelForm.of(meta), queryset, null, null);
    }

    /**
     * The children of {@code parent} (Django's inline formset): the rows of {@code meta}'s model whose foreign key
     * points at {@code parent}; the key is not on the forms, and new rows get {@code parent}.
     */
    public static <M extends Model> ModelFormSet<M> inline(Model parent, ModelFormMeta<M> meta) {
        ModelMeta child = ModelMeta.of(meta.model());
        List<FieldMeta> keys = child.fields().stream()
                .filter(f -> f.isRelation() && f.relatedModel().isAssignableFrom(parent.getClass())).toList();
        if (keys.size() != 1) {
            throw new IllegalArgumentException("'" + child.label() + "' has " + (keys.isEmpty() ? "no ForeignKey"
                    : "more than one ForeignKey") + " to '" + parent.meta().label() + "'.");
        }
        if (parent.pk() == null) {
            throw new IllegalArgumentException("Save the " + parent.meta().objectName()
                    + " before editing its " + child.verboseNamePlural() + " in an inline formset.");
        }
        FieldMeta key = keys.get(0);
        QuerySet<M> children = new QuerySet<M>(meta.model()).filter(key.name(), parent.pk()).orderBy("pk");
        ModelForm.of(meta);
        return new ModelFormSet<>(() -> {
            ModelForm<M> form = ModelForm.of(meta);
            form.removeField(key.name());
            return form;
        }, children, parent, key);
    }

    /** The rows shown, read once. */
    public List<M> rows() {
        if (rows == null) {
            rows = queryset.list();
        }
        return rows;
    }

    @Override
    public int initialFormCount() {
        return isBound() ? super.initialFormCount() : rows().size();
    }

    @Override
    protected ModelForm<M> newForm(int index) {
        ModelForm<M> form = formFactory.get();
        M row = index < 0 ? null : existing(index);
        if (row != null) {
            form.instance(row);
        }
        ModelChoiceField<M> id = new ModelChoiceField<>(queryset);
        id.required(false);
        id.widget(new HiddenInput());
        if (row != null) {
            id.initial(row.pk());
        }
        form.addField("id", id);
        return form;
    }

    /** The row of form {@code index}: by position when showing, by the posted id when bound (Django's {@code _existing_object}). */
    private M existing(int index) {
        if (index >= initialFormCount()) {
            return null;
        }
        if (!isBound()) {
            return rows().get(index);
        }
        String posted = boundData().get(prefix() + "-" + index + "-id");
        Object pk = ModelChoiceField.primaryKey(queryset.meta(), posted);
        return pk == null ? null : rows().stream().filter(r -> pk.equals(r.pk())).findFirst().orElse(null);
    }

    /** Saves what changed: edited rows, new rows (extra forms filled in), and deletes the rows marked DELETE. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public List<M> save() {
        if (!isValid()) {
            throw new IllegalStateException("The " + ModelMeta.of(rowsModel()).verboseNamePlural()
                    + " could not be saved because the data didn't validate.");
        }
        List<ModelForm<M>> deleted = deletedForms();
        List<M> saved = new ArrayList<>();
        for (int i = 0; i < forms().size(); i++) {
            ModelForm<M> form = forms().get(i);
            boolean initial = i < initialFormCount();
            if (deleted.contains(form)) {
                if (initial && form.instance().pk() != null) {
                    form.instance().delete();
                }
                continue;
            }
            if (!form.hasChanged()) {
                continue;
            }
            M object = form.save(false);
            if (foreignKey != null) {
                ((Ref) foreignKey.get(object)).set(parent);
            }
            object.save();
            form.saveM2m();
            saved.add(object);
        }
        return saved;
    }

    private Class<? extends Model> rowsModel() {
        return queryset.meta().modelClass();
    }
}
