package dev.hotclub.db.migrations;

import java.util.Objects;

/**
 * A field as the migrations see it: Django's field class name ({@code kind}: {@code CharField}, {@code ForeignKey},
 * {@code ManyToManyField}...) and the options that shape the schema. Built with {@link Fields}' factories and the
 * {@code with...} methods, which is also how migration files spell them:
 * {@code charField("title", 200).nullable().unique()}.
 *
 * <p>{@code relatedModel} is {@code "app.Model"}; {@code defaultValue} is a constant (String, Integer, Long, Boolean,
 * Double, BigDecimal) used for existing rows when the column is added, as Django does: the database keeps no default.
 */
public record FieldState(
        String name,
        String kind,
        String dbColumn,
        boolean isNullable,
        boolean isBlank,
        boolean hasDefault,
        Object defaultValue,
        boolean isUnique,
        boolean hasDbIndex,
        boolean isPrimaryKey,
        Integer maxLength,
        Integer maxDigits,
        Integer decimalPlaces,
        String relatedModel,
        OnDelete onDelete,
        String relatedName,
        String through) {

    public FieldState {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        // Django writes related models in lower case ('polls.question'); comparing states needs one spelling.
        relatedModel = relatedModel == null ? null : relatedModel.toLowerCase(java.util.Locale.ROOT);
        through = through == null ? null : through.toLowerCase(java.util.Locale.ROOT);
    }

    /** The column's name: {@code db_column}, else the name, with {@code _id} for a foreign key. */
    public String column() {
        if (dbColumn != null) {
            return dbColumn;
        }
        return isForeignKey() ? name + "_id" : name;
    }

    public boolean isForeignKey() {
        return kind.equals("ForeignKey") || kind.equals("OneToOneField");
    }

    public boolean isManyToMany() {
        return kind.equals("ManyToManyField");
    }

    public boolean isRelation() {
        return relatedModel != null;
    }

    public boolean isAuto() {
        return kind.endsWith("AutoField");
    }

    /** Whether the field has a column (a many-to-many has a join table instead). */
    public boolean hasColumn() {
        return !isManyToMany();
    }

    /** Unique as the schema sees it: declared, a one-to-one, or a primary key. */
    public boolean isUniqueColumn() {
        return isUnique || isPrimaryKey;
    }

    /** Django's {@code effective_default}: the default, else {@code ""} for a blank NOT NULL text field, else null. */
    public Object effectiveDefault() {
        if (hasDefault) {
            return defaultValue;
        }
        if (!isNullable && isBlank && Fields.storesText(kind)) {
            return "";
        }
        return null;
    }

    public FieldState withName(String newName) {
        return new FieldState(newName, kind, dbColumn, isNullable, isBlank, hasDefault, defaultValue, isUnique, hasDbIndex,
                isPrimaryKey, maxLength, maxDigits, decimalPlaces, relatedModel, onDelete, relatedName, through);
    }

    public FieldState nullable(boolean value) {
        return new FieldState(name, kind, dbColumn, value, isBlank, hasDefault, defaultValue, isUnique, hasDbIndex,
                isPrimaryKey, maxLength, maxDigits, decimalPlaces, relatedModel, onDelete, relatedName, through);
    }

    public FieldState nullable() {
        return nullable(true);
    }

    public FieldState blank(boolean value) {
        return new FieldState(name, kind, dbColumn, isNullable, value, hasDefault, defaultValue, isUnique, hasDbIndex,
                isPrimaryKey, maxLength, maxDigits, decimalPlaces, relatedModel, onDelete, relatedName, through);
    }

    public FieldState blank() {
        return blank(true);
    }

    public FieldState withDefault(Object value) {
        return new FieldState(name, kind, dbColumn, isNullable, isBlank, true, value, isUnique, hasDbIndex,
                isPrimaryKey, maxLength, maxDigits, decimalPlaces, relatedModel, onDelete, relatedName, through);
    }

    public FieldState withoutDefault() {
        return new FieldState(name, kind, dbColumn, isNullable, isBlank, false, null, isUnique, hasDbIndex,
                isPrimaryKey, maxLength, maxDigits, decimalPlaces, relatedModel, onDelete, relatedName, through);
    }

    public FieldState unique(boolean value) {
        return new FieldState(name, kind, dbColumn, isNullable, isBlank, hasDefault, defaultValue, value, hasDbIndex,
                isPrimaryKey, maxLength, maxDigits, decimalPlaces, relatedModel, onDelete, relatedName, through);
    }

    public FieldState unique() {
        return unique(true);
    }

    public FieldState dbIndex(boolean value) {
        return new FieldState(name, kind, dbColumn, isNullable, isBlank, hasDefault, defaultValue, isUnique, value,
                isPrimaryKey, maxLength, maxDigits, decimalPlaces, relatedModel, onDelete, relatedName, through);
    }

    public FieldState dbIndex() {
        return dbIndex(true);
    }

    public FieldState primaryKey(boolean value) {
        return new FieldState(name, kind, dbColumn, isNullable, isBlank, hasDefault, defaultValue, isUnique, hasDbIndex,
                value, maxLength, maxDigits, decimalPlaces, relatedModel, onDelete, relatedName, through);
    }

    public FieldState primaryKey() {
        return primaryKey(true);
    }

    public FieldState dbColumn(String column) {
        return new FieldState(name, kind, column, isNullable, isBlank, hasDefault, defaultValue, isUnique, hasDbIndex,
                isPrimaryKey, maxLength, maxDigits, decimalPlaces, relatedModel, onDelete, relatedName, through);
    }

    public FieldState maxLength(Integer value) {
        return new FieldState(name, kind, dbColumn, isNullable, isBlank, hasDefault, defaultValue, isUnique, hasDbIndex,
                isPrimaryKey, value, maxDigits, decimalPlaces, relatedModel, onDelete, relatedName, through);
    }

    public FieldState digits(Integer digits, Integer places) {
        return new FieldState(name, kind, dbColumn, isNullable, isBlank, hasDefault, defaultValue, isUnique, hasDbIndex,
                isPrimaryKey, maxLength, digits, places, relatedModel, onDelete, relatedName, through);
    }

    public FieldState relatedModel(String model) {
        return new FieldState(name, kind, dbColumn, isNullable, isBlank, hasDefault, defaultValue, isUnique, hasDbIndex,
                isPrimaryKey, maxLength, maxDigits, decimalPlaces, model, onDelete, relatedName, through);
    }

    public FieldState onDelete(OnDelete value) {
        return new FieldState(name, kind, dbColumn, isNullable, isBlank, hasDefault, defaultValue, isUnique, hasDbIndex,
                isPrimaryKey, maxLength, maxDigits, decimalPlaces, relatedModel, value, relatedName, through);
    }

    public FieldState relatedName(String value) {
        return new FieldState(name, kind, dbColumn, isNullable, isBlank, hasDefault, defaultValue, isUnique, hasDbIndex,
                isPrimaryKey, maxLength, maxDigits, decimalPlaces, relatedModel, onDelete, value, through);
    }

    public FieldState through(String value) {
        return new FieldState(name, kind, dbColumn, isNullable, isBlank, hasDefault, defaultValue, isUnique, hasDbIndex,
                isPrimaryKey, maxLength, maxDigits, decimalPlaces, relatedModel, onDelete, relatedName, value);
    }

    /** This field with another name but otherwise the same definition: how renames are recognised. */
    public boolean sameDefinitionAs(FieldState other) {
        return withName("_").dbColumn(dbColumn == null ? null : "_")
                .equals(other.withName("_").dbColumn(other.dbColumn == null ? null : "_"));
    }
}
