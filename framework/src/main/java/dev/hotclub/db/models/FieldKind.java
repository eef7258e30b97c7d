package dev.hotclub.db.models;

/** The kinds of model field, named as Django's field classes ({@link #djangoName()}). */
public enum FieldKind {
    AUTO("AutoField"), BIG_AUTO("BigAutoField"), CHAR("CharField"), TEXT("TextField"), INTEGER("IntegerField"),
    BIG_INTEGER("BigIntegerField"), SMALL_INTEGER("SmallIntegerField"), POSITIVE_INTEGER("PositiveIntegerField"),
    FLOAT("FloatField"), DECIMAL("DecimalField"), BOOLEAN("BooleanField"), DATE("DateField"),
    DATE_TIME("DateTimeField"), TIME("TimeField"), DURATION("DurationField"), UUID("UUIDField"),
    EMAIL("EmailField"), URL("URLField"), SLUG("SlugField"), JSON("JSONField"), BINARY("BinaryField"),
    FOREIGN_KEY("ForeignKey"), ONE_TO_ONE("OneToOneField"), MANY_TO_MANY("ManyToManyField");

    private final String djangoName;

    FieldKind(String djangoName) {
        this.djangoName = djangoName;
    }

    public String djangoName() {
        return djangoName;
    }

    /** A text kind: CharField, TextField, EmailField, URLField, SlugField. */
    public boolean isText() {
        return this == CHAR || this == TEXT || this == EMAIL || this == URL || this == SLUG;
    }

    /** An automatic primary key: the database numbers the rows (AutoField, BigAutoField). */
    public boolean isAuto() {
        return this == AUTO || this == BIG_AUTO;
    }

    /** A reference to one row of another model (ForeignKey, OneToOneField). */
    public boolean isRelation() {
        return this == FOREIGN_KEY || this == ONE_TO_ONE;
    }
}
