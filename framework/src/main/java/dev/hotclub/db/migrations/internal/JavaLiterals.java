package dev.hotclub.db.migrations.internal;

import dev.hotclub.db.migrations.FieldState;
import dev.hotclub.db.migrations.Fields;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Java source for the values migration files hold: literals, string lists, and fields as factory calls. */
public final class JavaLiterals {
    private static final Map<String, String> FACTORIES = Map.ofEntries(
            Map.entry("AutoField", "autoField"), Map.entry("BigAutoField", "bigAutoField"),
            Map.entry("SmallAutoField", "smallAutoField"), Map.entry("TextField", "textField"),
            Map.entry("EmailField", "emailField"), Map.entry("URLField", "urlField"),
            Map.entry("SlugField", "slugField"), Map.entry("IntegerField", "integerField"),
            Map.entry("BigIntegerField", "bigIntegerField"), Map.entry("SmallIntegerField", "smallIntegerField"),
            Map.entry("PositiveIntegerField", "positiveIntegerField"),
            Map.entry("PositiveSmallIntegerField", "positiveSmallIntegerField"),
            Map.entry("PositiveBigIntegerField", "positiveBigIntegerField"), Map.entry("FloatField", "floatField"),
            Map.entry("BooleanField", "booleanField"), Map.entry("DateField", "dateField"),
            Map.entry("DateTimeField", "dateTimeField"), Map.entry("TimeField", "timeField"),
            Map.entry("DurationField", "durationField"), Map.entry("UUIDField", "uuidField"),
            Map.entry("JSONField", "jsonField"), Map.entry("BinaryField", "binaryField"));

    private JavaLiterals() {
    }

    public static String literal(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String text) {
            return string(text);
        }
        if (value instanceof Long number) {
            return number + "L";
        }
        if (value instanceof Double number) {
            String text = number.toString();
            return text.contains(".") || text.contains("E") ? text : text + ".0";
        }
        if (value instanceof BigDecimal decimal) {
            return "new java.math.BigDecimal(" + string(decimal.toPlainString()) + ")";
        }
        if (value instanceof Integer || value instanceof Boolean || value instanceof Short) {
            return value.toString();
        }
        throw new IllegalArgumentException("A migration can only hold constant defaults (text, numbers, booleans),"
                + " not " + value.getClass().getName() + " " + value + ".");
    }

    public static String string(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    public static String strings(List<String> values) {
        return "List.of(" + values.stream().map(JavaLiterals::string).collect(Collectors.joining(", ")) + ")";
    }

    /** A field as the shortest factory call plus the options that differ from the factory's defaults. */
    public static String field(FieldState field) {
        String name = string(field.name());
        FieldState base;
        StringBuilder out = new StringBuilder();
        switch (field.kind()) {
            case "CharField" -> {
                base = Fields.charField(field.name(), field.maxLength() == null ? 0 : field.maxLength());
                out.append("charField(").append(name).append(", ").append(field.maxLength()).append(')');
            }
            case "DecimalField" -> {
                base = Fields.decimalField(field.name(), field.maxDigits(), field.decimalPlaces());
                out.append("decimalField(").append(name).append(", ").append(field.maxDigits()).append(", ")
                        .append(field.decimalPlaces()).append(')');
            }
            case "ForeignKey", "OneToOneField" -> {
                boolean foreignKey = field.kind().equals("ForeignKey");
                base = foreignKey ? Fields.foreignKey(field.name(), field.relatedModel(), field.onDelete())
                        : Fields.oneToOneField(field.name(), field.relatedModel(), field.onDelete());
                out.append(foreignKey ? "foreignKey(" : "oneToOneField(").append(name).append(", ")
                        .append(string(field.relatedModel())).append(", ").append(field.onDelete()).append(')');
            }
            case "ManyToManyField" -> {
                base = Fields.manyToManyField(field.name(), field.relatedModel());
                out.append("manyToManyField(").append(name).append(", ").append(string(field.relatedModel()))
                        .append(')');
            }
            default -> {
                String factory = FACTORIES.get(field.kind());
                if (factory == null) {
                    base = Fields.of(field.name(), field.kind());
                    out.append("Fields.of(").append(name).append(", ").append(string(field.kind())).append(')');
                } else {
                    base = Fields.of(field.name(), field.kind());
                    try {
                        base = (FieldState) Fields.class.getMethod(factory, String.class).invoke(null, field.name());
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                    out.append(factory).append('(').append(name).append(')');
                }
            }
        }
        flag(out, "nullable", base.isNullable(), field.isNullable());
        flag(out, "blank", base.isBlank(), field.isBlank());
        flag(out, "unique", base.isUnique(), field.isUnique());
        flag(out, "dbIndex", base.hasDbIndex(), field.hasDbIndex());
        flag(out, "primaryKey", base.isPrimaryKey(), field.isPrimaryKey());
        if (!java.util.Objects.equals(base.maxLength(), field.maxLength())) {
            out.append(".maxLength(").append(field.maxLength()).append(')');
        }
        if (field.hasDefault()) {
            out.append(".withDefault(").append(literal(field.defaultValue())).append(')');
        }
        if (field.dbColumn() != null) {
            out.append(".dbColumn(").append(string(field.dbColumn())).append(')');
        }
        if (field.relatedName() != null) {
            out.append(".relatedName(").append(string(field.relatedName())).append(')');
        }
        if (field.through() != null) {
            out.append(".through(").append(string(field.through())).append(')');
        }
        return out.toString();
    }

    private static void flag(StringBuilder out, String name, boolean base, boolean value) {
        if (base != value) {
            out.append('.').append(name).append(value ? "()" : "(false)");
        }
    }
}
