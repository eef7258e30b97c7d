package dev.hotclub.db.models.internal;

import dev.hotclub.db.models.FieldMeta;
import dev.hotclub.db.models.Model;
import dev.hotclub.db.models.ModelMeta;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The relations pointing at each model, kept with the target class (a {@link ClassValue}, so they go away with a
 * reloaded generation). A model's relations are added when its metadata is first read; the project reads the
 * metadata of every model its apps list at start, so all are known before a request runs.
 */
public final class ReverseRelations {
    private static final ClassValue<List<ModelMeta.Reverse>> POINTING_AT = new ClassValue<>() {
        @Override
        protected List<ModelMeta.Reverse> computeValue(Class<?> type) {
            return new CopyOnWriteArrayList<>();
        }
    };

    private ReverseRelations() {
    }

    public static void register(ModelMeta meta) {
        for (FieldMeta field : meta.fields()) {
            if (field.relatedModel() == null) {
                continue;
            }
            String defaultAccessor = field.kind() == dev.hotclub.db.models.FieldKind.ONE_TO_ONE
                    ? meta.modelName() : meta.modelName() + "Set";
            String accessor = field.relatedName().isEmpty() ? defaultAccessor : field.relatedName();
            String queryName = !field.relatedQueryName().isEmpty() ? field.relatedQueryName()
                    : !field.relatedName().isEmpty() ? field.relatedName() : meta.modelName();
            List<ModelMeta.Reverse> list = POINTING_AT.get(field.relatedModel());
            boolean known = list.stream().anyMatch(r -> r.fromModel() == meta.modelClass() && r.field().name().equals(field.name()));
            if (!known) {
                list.add(new ModelMeta.Reverse(meta.modelClass(), field, accessor, queryName));
            }
        }
    }

    public static List<ModelMeta.Reverse> of(Class<? extends Model> target) {
        return List.copyOf(POINTING_AT.get(target));
    }
}
