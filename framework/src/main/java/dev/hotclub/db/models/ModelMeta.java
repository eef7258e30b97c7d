package dev.hotclub.db.models;

import dev.hotclub.db.models.internal.MetaReader;
import dev.hotclub.db.models.internal.ReverseRelations;
import java.util.List;
import java.util.Optional;

/**
 * A model's metadata (Django's {@code Model._meta}): its app, table, options, constraints and fields, read once per
 * class from its annotations and kept with the class itself (a {@link ClassValue}), so a dev-server reload that
 * loads a new class reads it afresh and nothing in the framework holds the old one.
 *
 * @param appLabel     {@code polls}
 * @param modelName    the class name in lower case, {@code question} (Django's {@code model_name})
 * @param objectName   the class's simple name, {@code Question}
 * @param fields       every field, the primary key first, in declaration order (superclass fields first)
 */
public record ModelMeta(Class<? extends Model> modelClass, String appLabel, String modelName, String objectName,
                        String dbTable, List<String> ordering, List<Unique> uniqueConstraints, List<Check> checkConstraints,
                        List<IndexSpec> indexes, String verboseName, String verboseNamePlural, List<FieldMeta> fields) {

    /** A unique constraint over one or several fields ({@code unique_together} entries become these too). */
    public record Unique(String name, List<String> fields) {
    }

    /** A check constraint: {@code condition} is lookups joined by "," as {@link CheckConstraint#check()} takes them. */
    public record Check(String name, String condition) {
    }

    /** An index over fields; a field written {@code "-name"} is descending. */
    public record IndexSpec(String name, List<String> fields) {
    }

    /** A relation that points at this model from another one (Django's reverse accessors). */
    public record Reverse(Class<? extends Model> fromModel, FieldMeta field, String accessorName, String queryName) {
        /** Several rows may point at one of ours (a ForeignKey or ManyToManyField, not a OneToOneField). */
        public boolean multiValued() {
            return field.kind() != FieldKind.ONE_TO_ONE;
        }
    }

    private static final ClassValue<ModelMeta> METAS = new ClassValue<>() {
        @Override
        @SuppressWarnings("unchecked")
        protected ModelMeta computeValue(Class<?> type) {
            ModelMeta meta = MetaReader.read((Class<? extends Model>) type);
            ReverseRelations.register(meta);
            return meta;
        }
    };

    /** The metadata of {@code model}, read on first use. */
    public static ModelMeta of(Class<? extends Model> model) {
        if (!Model.class.isAssignableFrom(model) || model == Model.class) {
            throw new IllegalArgumentException(model.getName() + " is not a model: a model extends dev.hotclub.db.models.Model.");
        }
        return METAS.get(model);
    }

    /** {@code polls.Question}, as Django labels a model in messages and in {@code delete()}'s counts. */
    /** The primary key's Django field: {@code "BigAutoField"}, or {@code "AutoField"} as {@code @Meta(autoField)} says. */
    public String autoField() {
        Meta options = modelClass.getAnnotation(Meta.class);
        return options == null ? "BigAutoField" : options.autoField();
    }

    public String label() {
        return appLabel + "." + objectName;
    }

    public FieldMeta pk() {
        return fields.get(0);
    }

    public Optional<FieldMeta> field(String name) {
        for (FieldMeta field : fields) {
            if (field.name().equals(name)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    /** The fields stored in this model's table, the primary key first. */
    public List<FieldMeta> concreteFields() {
        return fields.stream().filter(FieldMeta::concrete).toList();
    }

    public List<FieldMeta> manyToManyFields() {
        return fields.stream().filter(f -> !f.concrete()).toList();
    }

    /** The relations of other models that point here, as far as those models are known (an app lists its models). */
    public List<Reverse> reverseRelations() {
        return ReverseRelations.of(modelClass);
    }
}
