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
 * @param fields       every field in declaration order (superclass fields first); the automatic {@code id}, when the
 *                     model declares no primary key of its own, comes first
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

    /** The primary key: the automatic {@code id}, or the field declared with {@code primaryKey = true}. */
    public FieldMeta pk() {
        for (FieldMeta field : fields) {
            if (field.primaryKey()) {
                return field;
            }
        }
        throw new IllegalStateException(objectName + " has no primary key");
    }

    /**
     * A primary key value from what a URL or a form posts ({@code "7"}, {@code "fr"}, a UUID's text), as the key's
     * Java type; null when the text cannot be one (a URL's {@code /polls/abc/} then is a 404, not a crash).
     */
    public Object pkFrom(Object value) {
        if (value == null) {
            return null;
        }
        FieldMeta pk = pk();
        String text = String.valueOf(value).strip();
        try {
            return switch (pk.kind()) {
                case AUTO, BIG_AUTO, BIG_INTEGER -> value instanceof Number n ? (Object) n.longValue() : Long.valueOf(text);
                case INTEGER, POSITIVE_INTEGER, SMALL_INTEGER -> value instanceof Number n ? (Object) n.intValue() : Integer.valueOf(text);
                case UUID -> value instanceof java.util.UUID ? value : java.util.UUID.fromString(text.length() == 32
                        ? text.replaceFirst("(\\p{XDigit}{8})(\\p{XDigit}{4})(\\p{XDigit}{4})(\\p{XDigit}{4})(\\p{XDigit}+)", "$1-$2-$3-$4-$5")
                        : text);
                case CHAR, TEXT, EMAIL, URL, SLUG -> pk.javaType().isEnum() ? value : String.valueOf(value);
                default -> value;
            };
        } catch (IllegalArgumentException e) {
            return null;
        }
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
