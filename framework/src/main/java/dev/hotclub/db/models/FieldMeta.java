package dev.hotclub.db.models;

import java.lang.reflect.Field;
import java.util.List;

/**
 * One field of a model as the ORM, the schema editor and the migration autodetector read it (Django's
 * {@code Field} and its {@code deconstruct()}). Built from the field's annotation by {@link ModelMeta#of}.
 *
 * @param name           the Java field's name ({@code pubDate}), the name used in lookups
 * @param column         the column ({@code pub_date}; {@code question_id} for a foreign key); null for many-to-many
 * @param kind           the Django field class
 * @param javaType       the Java field's type ({@code Instant}, {@code int}, {@code Ref}...)
 * @param hasDefault     whether a fresh instance carries a value for it ({@code public int votes = 0;}, any primitive)
 * @param defaultValue   that value (null when none): the field's initializer, read from {@code new Model()}
 * @param maxLength      CharField/EmailField/URLField/SlugField length, else null
 * @param choices        the choices of an enum-typed field (value = the constant's name), else empty
 * @param relatedModel   the target of a ForeignKey/OneToOneField/ManyToManyField, else null
 * @param through        a many-to-many's explicit through model, else null
 * @param m2mTable       a many-to-many's join table (automatic or through's), else null
 */
public record FieldMeta(String name, String column, FieldKind kind, Class<?> javaType, boolean nullable, boolean blank,
                        boolean hasDefault, Object defaultValue, boolean unique, boolean dbIndex, Integer maxLength,
                        Integer maxDigits, Integer decimalPlaces, List<FieldChoice> choices, String verboseName,
                        String helpText, boolean editable, boolean primaryKey, boolean autoNow, boolean autoNowAdd,
                        Class<? extends Model> relatedModel, OnDelete onDelete, String relatedName,
                        String relatedQueryName, Class<? extends Model> through, String m2mTable, Field javaField) {

    /** A value a field may take with its human label (Django's {@code choices} pairs). */
    public record FieldChoice(Object value, String label) {
    }

    /** Stored in the model's own table (every field but a many-to-many). */
    public boolean concrete() {
        return kind != FieldKind.MANY_TO_MANY;
    }

    public boolean isRelation() {
        return kind.isRelation();
    }

    /** The field's value on {@code instance} as the Java field holds it. */
    public Object get(Object instance) {
        try {
            return javaField.get(instance);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    public void set(Object instance, Object value) {
        try {
            javaField.set(instance, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return kind.djangoName() + "(" + name + ")";
    }
}
