package dev.hotclub.db.models.internal;

import dev.hotclub.db.models.CheckConstraint;
import dev.hotclub.db.models.FieldKind;
import dev.hotclub.db.models.FieldMeta;
import dev.hotclub.db.models.ManyToMany;
import dev.hotclub.db.models.Meta;
import dev.hotclub.db.models.Model;
import dev.hotclub.db.models.ModelMeta;
import dev.hotclub.db.models.OnDelete;
import dev.hotclub.db.models.Ref;
import dev.hotclub.db.models.Index;
import dev.hotclub.db.models.UniqueConstraint;
import dev.hotclub.db.models.fields.*;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Reads a model class's annotations into its {@link ModelMeta}; every mistake is an error naming the class and field. */
public final class MetaReader {
    private static final Map<Class<? extends Annotation>, FieldKind> KINDS = Map.ofEntries(
            Map.entry(CharField.class, FieldKind.CHAR), Map.entry(TextField.class, FieldKind.TEXT),
            Map.entry(IntegerField.class, FieldKind.INTEGER), Map.entry(BigIntegerField.class, FieldKind.BIG_INTEGER),
            Map.entry(SmallIntegerField.class, FieldKind.SMALL_INTEGER),
            Map.entry(PositiveIntegerField.class, FieldKind.POSITIVE_INTEGER),
            Map.entry(FloatField.class, FieldKind.FLOAT), Map.entry(DecimalField.class, FieldKind.DECIMAL),
            Map.entry(BooleanField.class, FieldKind.BOOLEAN), Map.entry(DateField.class, FieldKind.DATE),
            Map.entry(DateTimeField.class, FieldKind.DATE_TIME), Map.entry(TimeField.class, FieldKind.TIME),
            Map.entry(DurationField.class, FieldKind.DURATION), Map.entry(UUIDField.class, FieldKind.UUID),
            Map.entry(EmailField.class, FieldKind.EMAIL), Map.entry(URLField.class, FieldKind.URL),
            Map.entry(SlugField.class, FieldKind.SLUG), Map.entry(JSONField.class, FieldKind.JSON),
            Map.entry(BinaryField.class, FieldKind.BINARY), Map.entry(ForeignKey.class, FieldKind.FOREIGN_KEY),
            Map.entry(OneToOneField.class, FieldKind.ONE_TO_ONE),
            Map.entry(ManyToManyField.class, FieldKind.MANY_TO_MANY));

    private MetaReader() {
    }

    public static ModelMeta read(Class<? extends Model> model) {
        Meta options = model.getAnnotation(Meta.class);
        String pkg = model.getPackageName();
        String appLabel = options != null && !options.appLabel().isEmpty() ? options.appLabel()
                : pkg.isEmpty() ? model.getSimpleName().toLowerCase(Locale.ROOT) : pkg.substring(pkg.lastIndexOf('.') + 1);
        String modelName = model.getSimpleName().toLowerCase(Locale.ROOT);
        if (options != null && !List.of("BigAutoField", "AutoField").contains(options.autoField())) {
            throw new IllegalArgumentException(model.getName() + ": @Meta(autoField = \"" + options.autoField()
                    + "\") is not a primary key type; use \"BigAutoField\" (the default) or \"AutoField\".");
        }
        String dbTable = options != null && !options.dbTable().isEmpty() ? options.dbTable() : appLabel + "_" + modelName;
        Model fresh = instantiate(model);
        List<FieldMeta> fields = new ArrayList<>();
        fields.add(primaryKey(fresh));
        for (Class<?> type : hierarchy(model)) {
            for (Field field : type.getDeclaredFields()) {
                FieldMeta meta = readField(model, appLabel, modelName, dbTable, field, fresh);
                if (meta != null) {
                    fields.add(meta);
                }
            }
        }
        String verbose = options != null && !options.verboseName().isEmpty() ? options.verboseName() : Names.words(model.getSimpleName());
        String plural = options != null && !options.verboseNamePlural().isEmpty() ? options.verboseNamePlural() : verbose + "s";
        List<String> ordering = options == null ? List.of() : List.of(options.ordering());
        List<ModelMeta.Unique> uniques = new ArrayList<>();
        if (options != null) {
            for (String together : options.uniqueTogether()) {
                List<String> names = Arrays.stream(together.split(",")).map(String::trim).toList();
                uniques.add(new ModelMeta.Unique(dbTable + "_" + String.join("_", names.stream().map(Names::snakeCase).toList()) + "_uniq", names));
            }
        }
        for (UniqueConstraint unique : model.getAnnotationsByType(UniqueConstraint.class)) {
            uniques.add(new ModelMeta.Unique(unique.name(), List.of(unique.fields())));
        }
        List<ModelMeta.Check> checks = Arrays.stream(model.getAnnotationsByType(CheckConstraint.class))
                .map(c -> new ModelMeta.Check(c.name(), c.check())).toList();
        List<ModelMeta.IndexSpec> indexes = Arrays.stream(model.getAnnotationsByType(Index.class))
                .map(i -> new ModelMeta.IndexSpec(i.name().isEmpty()
                        ? dbTable + "_" + String.join("_", Arrays.stream(i.fields()).map(f -> Names.snakeCase(f.replace("-", ""))).toList()) + "_idx"
                        : i.name(), List.of(i.fields()))).toList();
        ModelMeta meta = new ModelMeta(model, appLabel, modelName, model.getSimpleName(), dbTable, ordering,
                List.copyOf(uniques), checks, indexes, verbose, plural, List.copyOf(fields));
        checkNamedFields(meta);
        return meta;
    }

    private static void checkNamedFields(ModelMeta meta) {
        List<String> named = new ArrayList<>();
        meta.ordering().forEach(o -> named.add(o.startsWith("-") ? o.substring(1) : o));
        meta.uniqueConstraints().forEach(u -> named.addAll(u.fields()));
        meta.indexes().forEach(i -> i.fields().forEach(f -> named.add(f.startsWith("-") ? f.substring(1) : f)));
        for (String name : named) {
            String first = name.split("__")[0];
            if (!first.equals("?") && meta.field(first).isEmpty()) {
                throw new IllegalArgumentException("@Meta of " + meta.modelClass().getName() + " names the field '" + first
                        + "', which " + meta.objectName() + " does not have. Its fields are: "
                        + String.join(", ", meta.fields().stream().map(FieldMeta::name).toList()) + ".");
            }
        }
    }

    private static List<Class<?>> hierarchy(Class<?> model) {
        List<Class<?>> chain = new ArrayList<>();
        for (Class<?> c = model; c != null && c != Model.class; c = c.getSuperclass()) {
            chain.add(0, c);
        }
        return chain;
    }

    private static Model instantiate(Class<? extends Model> model) {
        try {
            var constructor = model.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException("The model " + model.getName()
                    + " needs a constructor without parameters (the ORM builds instances from rows with it).");
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("Could not create an instance of the model " + model.getName() + ": " + e, e);
        }
    }

    private static FieldMeta primaryKey(Model fresh) {
        try {
            Field id = Model.class.getField("id");
            return new FieldMeta("id", "id", FieldKind.BIG_AUTO, Long.class, false, true, false, null, true, false,
                    null, null, null, List.of(), "ID", "", false, true, false, false, null, null, "", "", null, null, id);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FieldMeta readField(Class<? extends Model> model, String appLabel, String modelName, String dbTable,
                                       Field field, Model fresh) {
        Annotation annotation = null;
        for (Annotation a : field.getAnnotations()) {
            if (KINDS.containsKey(a.annotationType())) {
                if (annotation != null) {
                    throw wrong(model, field, "has two field annotations, @" + annotation.annotationType().getSimpleName()
                            + " and @" + a.annotationType().getSimpleName() + ": keep one");
                }
                annotation = a;
            }
        }
        if (annotation == null) {
            return null;
        }
        if (Modifier.isStatic(field.getModifiers()) || !Modifier.isPublic(field.getModifiers()) || Modifier.isFinal(field.getModifiers())) {
            throw wrong(model, field, "must be a public, non-static, non-final field to be a model field");
        }
        FieldKind kind = KINDS.get(annotation.annotationType());
        checkJavaType(model, field, kind);
        Options o = Options.of(annotation);
        String column = !o.dbColumn.isEmpty() ? o.dbColumn
                : kind.isRelation() ? Names.snakeCase(field.getName()) + "_id"
                : kind == FieldKind.MANY_TO_MANY ? null : Names.snakeCase(field.getName());
        Class<? extends Model> related = relatedModel(model, field, kind);
        Object defaultValue = null;
        boolean hasDefault = false;
        if (!kind.isRelation() && kind != FieldKind.MANY_TO_MANY) {
            try {
                defaultValue = field.get(fresh);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            hasDefault = defaultValue != null;
        } else if (kind.isRelation()) {
            Ref<?> ref = (Ref<?>) readQuietly(field, fresh);
            if (ref != null && ref.id() != null) {
                hasDefault = true;
                defaultValue = ref.id();
            }
        }
        List<FieldMeta.FieldChoice> choices = new ArrayList<>();
        if (field.getType().isEnum()) {
            for (Object constant : field.getType().getEnumConstants()) {
                choices.add(new FieldMeta.FieldChoice(((Enum<?>) constant).name(), constant.toString()));
            }
        }
        Class<? extends Model> through = o.through == Void.class ? null : o.through.asSubclass(Model.class);
        String m2mTable = null;
        if (kind == FieldKind.MANY_TO_MANY) {
            m2mTable = through != null ? ModelMeta.of(through).dbTable()
                    : !o.dbTable.isEmpty() ? o.dbTable : dbTable + "_" + Names.snakeCase(field.getName());
        }
        boolean unique = o.unique || kind == FieldKind.ONE_TO_ONE;
        if (o.onDelete == OnDelete.SET_NULL && !o.nullable) {
            throw wrong(model, field, "has onDelete = SET_NULL but is not nullable: add nullable = true (Django's fields.E320)");
        }
        return new FieldMeta(field.getName(), column, kind, field.getType(), o.nullable, o.blank, hasDefault, defaultValue,
                unique, o.dbIndex && !unique, o.maxLength, o.maxDigits, o.decimalPlaces, List.copyOf(choices),
                o.verboseName.isEmpty() ? Names.words(field.getName()) : o.verboseName, o.helpText, o.editable,
                o.primaryKey, o.autoNow, o.autoNowAdd, related, o.onDelete, o.relatedName, o.relatedQueryName, through,
                m2mTable, field);
    }

    private static Object readQuietly(Field field, Object instance) {
        try {
            return field.get(instance);
        } catch (IllegalAccessException e) {
            return null;
        }
    }

    private static Class<? extends Model> relatedModel(Class<?> model, Field field, FieldKind kind) {
        if (!kind.isRelation() && kind != FieldKind.MANY_TO_MANY) {
            return null;
        }
        Type generic = field.getGenericType();
        if (generic instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> target
                && Model.class.isAssignableFrom(target)) {
            return target.asSubclass(Model.class);
        }
        throw wrong(model, field, "must name its target model: " + field.getType().getSimpleName() + "<Target>");
    }

    private static void checkJavaType(Class<?> model, Field field, FieldKind kind) {
        Class<?> t = field.getType();
        List<Class<?>> allowed = switch (kind) {
            case CHAR, TEXT, EMAIL, URL, SLUG -> t.isEnum() ? List.of(t) : List.of(String.class);
            case INTEGER, POSITIVE_INTEGER -> List.of(int.class, Integer.class);
            case SMALL_INTEGER -> List.of(short.class, Short.class, int.class, Integer.class);
            case BIG_INTEGER, BIG_AUTO -> List.of(long.class, Long.class);
            case FLOAT -> List.of(double.class, Double.class, float.class, Float.class);
            case DECIMAL -> List.of(BigDecimal.class);
            case BOOLEAN -> List.of(boolean.class, Boolean.class);
            case DATE -> List.of(LocalDate.class);
            case DATE_TIME -> List.of(Instant.class);
            case TIME -> List.of(LocalTime.class);
            case DURATION -> List.of(Duration.class);
            case UUID -> List.of(UUID.class);
            case BINARY -> List.of(byte[].class);
            case JSON -> List.of(t);
            case FOREIGN_KEY, ONE_TO_ONE -> List.of(Ref.class);
            case MANY_TO_MANY -> List.of(ManyToMany.class);
        };
        if (!allowed.contains(t)) {
            throw wrong(model, field, "is a @" + kind.djangoName() + ", whose Java type is "
                    + String.join(" or ", allowed.stream().map(Class::getSimpleName).toList()) + ", not " + t.getSimpleName());
        }
    }

    private static IllegalArgumentException wrong(Class<?> model, Field field, String what) {
        return new IllegalArgumentException("The field " + model.getSimpleName() + "." + field.getName() + " (" + model.getName()
                + ") " + what + ".");
    }
}
