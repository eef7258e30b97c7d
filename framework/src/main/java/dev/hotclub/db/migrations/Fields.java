package dev.hotclub.db.migrations;

import java.util.Set;

/**
 * Factories for {@link FieldState}s with Django's defaults ({@code SlugField} is indexed with max_length 50,
 * {@code EmailField} 254, a {@code ForeignKey} is indexed, a {@code OneToOneField} unique). Migration files import
 * them statically: {@code charField("question_text", 200)}, {@code foreignKey("question", "polls.Question", CASCADE)}.
 */
public final class Fields {
    private static final Set<String> TEXT_KINDS = Set.of(
            "CharField", "TextField", "EmailField", "URLField", "SlugField", "FilePathField", "FileField");

    private Fields() {
    }

    /** A field of {@code kind} with no options set: the start of every factory. */
    public static FieldState of(String name, String kind) {
        return new FieldState(name, kind, null, false, false, false, null, false, false, false,
                null, null, null, null, null, null, null);
    }

    static boolean storesText(String kind) {
        return TEXT_KINDS.contains(kind);
    }

    public static FieldState autoField(String name) {
        return of(name, "AutoField").primaryKey().blank();
    }

    public static FieldState bigAutoField(String name) {
        return of(name, "BigAutoField").primaryKey().blank();
    }

    public static FieldState smallAutoField(String name) {
        return of(name, "SmallAutoField").primaryKey().blank();
    }

    public static FieldState charField(String name, int maxLength) {
        return of(name, "CharField").maxLength(maxLength);
    }

    public static FieldState textField(String name) {
        return of(name, "TextField");
    }

    public static FieldState emailField(String name) {
        return of(name, "EmailField").maxLength(254);
    }

    public static FieldState urlField(String name) {
        return of(name, "URLField").maxLength(200);
    }

    public static FieldState slugField(String name) {
        return of(name, "SlugField").maxLength(50).dbIndex();
    }

    public static FieldState integerField(String name) {
        return of(name, "IntegerField");
    }

    public static FieldState bigIntegerField(String name) {
        return of(name, "BigIntegerField");
    }

    public static FieldState smallIntegerField(String name) {
        return of(name, "SmallIntegerField");
    }

    public static FieldState positiveIntegerField(String name) {
        return of(name, "PositiveIntegerField");
    }

    public static FieldState positiveSmallIntegerField(String name) {
        return of(name, "PositiveSmallIntegerField");
    }

    public static FieldState positiveBigIntegerField(String name) {
        return of(name, "PositiveBigIntegerField");
    }

    public static FieldState floatField(String name) {
        return of(name, "FloatField");
    }

    public static FieldState decimalField(String name, int maxDigits, int decimalPlaces) {
        return of(name, "DecimalField").digits(maxDigits, decimalPlaces);
    }

    public static FieldState booleanField(String name) {
        return of(name, "BooleanField");
    }

    public static FieldState dateField(String name) {
        return of(name, "DateField");
    }

    public static FieldState dateTimeField(String name) {
        return of(name, "DateTimeField");
    }

    public static FieldState timeField(String name) {
        return of(name, "TimeField");
    }

    public static FieldState durationField(String name) {
        return of(name, "DurationField");
    }

    public static FieldState uuidField(String name) {
        return of(name, "UUIDField");
    }

    public static FieldState jsonField(String name) {
        return of(name, "JSONField");
    }

    public static FieldState binaryField(String name) {
        return of(name, "BinaryField");
    }

    /** A foreign key to {@code "app.Model"}. */
    public static FieldState foreignKey(String name, String relatedModel, OnDelete onDelete) {
        return of(name, "ForeignKey").relatedModel(relatedModel).onDelete(onDelete).dbIndex();
    }

    public static FieldState oneToOneField(String name, String relatedModel, OnDelete onDelete) {
        return of(name, "OneToOneField").relatedModel(relatedModel).onDelete(onDelete).unique();
    }

    /** A many-to-many to {@code "app.Model"}, with a join table named {@code <table>_<name>} unless it has a through. */
    public static FieldState manyToManyField(String name, String relatedModel) {
        return of(name, "ManyToManyField").relatedModel(relatedModel);
    }

    /** A named index over fields, for {@code indexes(...)} ({@code "-field"} for descending). */
    public static IndexState index(String name, String... fields) {
        return IndexState.index(name, fields);
    }

    /** A named unique constraint over fields, for {@code constraints(...)}. */
    public static ConstraintState.Unique unique(String name, String... fields) {
        return ConstraintState.unique(name, fields);
    }

    /** A named check constraint whose condition is SQL over the table's columns. */
    public static ConstraintState.Check check(String name, String condition) {
        return ConstraintState.check(name, condition);
    }
}
