package dev.hotclub.db.models.internal;

import dev.hotclub.db.models.ManyToMany;
import dev.hotclub.db.models.Model;
import dev.hotclub.db.models.Ref;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.List;

/**
 * Fills a new instance's {@code Ref} and {@code ManyToMany} fields, so {@code choice.question.set(q)} works on
 * {@code new Choice()} without the user writing an initializer. Kept per class in a {@link ClassValue}.
 */
public final class RelationSlots {
    private record Slot(Field field, Class<? extends Model> target, boolean many) {
    }

    private static final ClassValue<List<Slot>> SLOTS = new ClassValue<>() {
        @Override
        protected List<Slot> computeValue(Class<?> type) {
            List<Slot> slots = new ArrayList<>();
            for (Class<?> c = type; c != null && c != Model.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    boolean ref = f.getType() == Ref.class;
                    boolean many = f.getType() == ManyToMany.class;
                    if ((ref || many) && !Modifier.isStatic(f.getModifiers()) && f.getGenericType() instanceof ParameterizedType p
                            && p.getActualTypeArguments()[0] instanceof Class<?> target && Model.class.isAssignableFrom(target)) {
                        f.setAccessible(true);
                        slots.add(new Slot(f, target.asSubclass(Model.class), many));
                    }
                }
            }
            return List.copyOf(slots);
        }
    };

    private RelationSlots() {
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void fill(Model instance) {
        for (Slot slot : SLOTS.get(instance.getClass())) {
            try {
                if (slot.field.get(instance) == null) {
                    slot.field.set(instance, slot.many ? ManyToMany.create(instance, slot.field.getName(), (Class) slot.target)
                            : Ref.to((Class) slot.target));
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
