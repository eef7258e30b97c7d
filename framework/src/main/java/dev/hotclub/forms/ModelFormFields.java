package dev.hotclub.forms;

import dev.hotclub.db.models.FieldMeta;
import dev.hotclub.db.models.Model;
import dev.hotclub.db.models.QuerySet;
import dev.hotclub.forms.widgets.Textarea;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The form field for a model field, as Django's model fields' {@code formfield()}: the type, {@code max_length},
 * choices, {@code blank} as not required, a label from the verbose name, the help text; a foreign key becomes a
 * {@link ModelChoiceField} over the related model's rows, a many-to-many a {@link ModelMultipleChoiceField}.
 * Null for a field a form cannot edit (the automatic key, a non-editable field, binary data).
 */
final class ModelFormFields {
    private ModelFormFields() {
    }

    /** Whether a form may edit {@code f} (Django leaves out the auto key and {@code editable=False} fields). */
    static boolean editable(FieldMeta f) {
        return !f.kind().isAuto() && f.editable() && !f.autoNow() && !f.autoNowAdd()
                && f.kind() != dev.hotclub.db.models.FieldKind.BINARY;
    }

    static Field<?> formField(FieldMeta f) {
        Field<?> field = switch (f.kind()) {
            case AUTO, BIG_AUTO, BINARY -> null;
            case CHAR -> f.choices().isEmpty() ? text(f, new CharField()) : typedChoice(f);
            case TEXT -> text(f, new CharField()).widget(new Textarea());
            case EMAIL -> text(f, new EmailField());
            case URL -> text(f, new URLField());
            case SLUG -> text(f, new SlugField());
            case INTEGER, SMALL_INTEGER, BIG_INTEGER -> new IntegerField();
            case POSITIVE_INTEGER -> new IntegerField().minValue(0);
            case FLOAT -> new FloatField();
            case DECIMAL -> new DecimalField().maxDigits(f.maxDigits()).decimalPlaces(f.decimalPlaces());
            // Django: a model BooleanField is never required on a form (an unticked box is False).
            case BOOLEAN -> f.nullable() ? new NullBooleanField() : new BooleanField();
            case DATE -> new DateField();
            case DATE_TIME -> new DateTimeField();
            case TIME -> new TimeField();
            case DURATION -> new DurationField();
            case UUID -> new UUIDField();
            case JSON -> new JSONField();
            case FOREIGN_KEY, ONE_TO_ONE -> new ModelChoiceField<>(rowsOf(f.relatedModel()));
            case MANY_TO_MANY -> new ModelMultipleChoiceField<>(rowsOf(f.relatedModel()));
        };
        if (field == null) {
            return null;
        }
        field.required(f.kind() != dev.hotclub.db.models.FieldKind.BOOLEAN && !f.blank());
        field.label(capitalize(f.verboseName()));
        if (f.helpText() != null && !f.helpText().isEmpty()) {
            field.helpText(f.helpText());
        }
        return field;
    }

    private static CharField text(FieldMeta f, CharField field) {
        if (f.maxLength() != null) {
            field.maxLength(f.maxLength());
        }
        if (f.nullable()) {
            field.emptyValue(null);         // Django: empty_value=None when the column may be NULL
        }
        return field;
    }

    /** An enum or choices field: a select with Django's blank option first when the field may be blank or has no default. */
    private static Field<?> typedChoice(FieldMeta f) {
        List<Choice> choices = new ArrayList<>();
        if (f.blank() || !f.hasDefault() || f.defaultValue() == null) {
            choices.add(Choice.of("", "---------"));
        }
        for (FieldMeta.FieldChoice c : f.choices()) {
            choices.add(Choice.of(c.value(), c.label()));
        }
        Function<String, Object> coerce = value -> value;
        TypedChoiceField<Object> field = new TypedChoiceField<>(coerce, choices);
        field.emptyValue(f.nullable() ? null : "");
        return field;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static QuerySet<Model> rowsOf(Class<? extends Model> model) {
        return (QuerySet<Model>) (QuerySet) new QuerySet<>(model);
    }

    static String capitalize(String s) {
        return s == null || s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

}
