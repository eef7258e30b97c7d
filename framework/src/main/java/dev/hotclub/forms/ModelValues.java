package dev.hotclub.forms;

import dev.hotclub.db.models.FieldMeta;
import dev.hotclub.db.models.Model;
import dev.hotclub.db.models.Ref;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** A form's cleaned value as the model field's Java type holds it (Django's {@code save_form_data}). */
final class ModelValues {
    private ModelValues() {
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static void assign(FieldMeta f, Model target, Object value) {
        Class<?> type = f.javaType();
        if (f.isRelation()) {
            Ref ref = (Ref) f.get(target);
            if (value == null) {
                ref.set(null);
            } else {
                ref.set((Model) value);
            }
            return;
        }
        if (value == null && type.isPrimitive()) {
            return;                         // a primitive keeps its value (an optional number left empty)
        }
        if (value instanceof LocalDateTime local && type == java.time.Instant.class) {
            value = local.toInstant(ZoneOffset.UTC);
        } else if (value instanceof String s && type.isEnum()) {
            value = s.isEmpty() ? null : Enum.valueOf((Class<Enum>) type, s);
        } else if (value instanceof Number n) {
            value = number(n, type);
        }
        f.set(target, value);
    }

    private static Object number(Number n, Class<?> type) {
        if (type == long.class || type == Long.class) {
            return n.longValue();
        }
        if (type == short.class || type == Short.class) {
            return n.shortValue();
        }
        if (type == int.class || type == Integer.class) {
            return n.intValue();
        }
        if (type == double.class || type == Double.class) {
            return n.doubleValue();
        }
        if (type == float.class || type == Float.class) {
            return n.floatValue();
        }
        return n;
    }
}
