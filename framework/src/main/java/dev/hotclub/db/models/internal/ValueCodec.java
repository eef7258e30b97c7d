package dev.hotclub.db.models.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.databind.util.LRUMap;
import dev.hotclub.db.Vendor;
import dev.hotclub.db.models.FieldKind;
import dev.hotclub.db.models.FieldMeta;
import dev.hotclub.db.models.Model;
import dev.hotclub.db.models.ModelMeta;
import dev.hotclub.db.models.Ref;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Java values to bound parameters and columns back to Java values, per backend. SQLite keeps dates and times as
 * Django writes them (ISO text, UTC for date-times, so text order is time order), UUIDs as 32 hex digits and
 * durations as microseconds; PostgreSQL gets its own types (timestamptz, date, time, uuid, jsonb).
 */
public final class ValueCodec {
    private static final DateTimeFormatter SQLITE_DATE_TIME = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd HH:mm:ss").optionalStart().appendFraction(ChronoField.MICRO_OF_SECOND, 0, 6, true)
            .optionalEnd().toFormatter();
    private static final DateTimeFormatter SQLITE_TIME = new DateTimeFormatterBuilder()
            .appendPattern("HH:mm:ss").optionalStart().appendFraction(ChronoField.MICRO_OF_SECOND, 0, 6, true)
            .optionalEnd().toFormatter();
    // Jackson caches the types it has seen; one mapper per model class keeps a reloaded generation's classes out of
    // the framework's caches.
    private static final ClassValue<ObjectMapper> JSON = new ClassValue<>() {
        @Override
        protected ObjectMapper computeValue(Class<?> type) {
            // TypeFactory.defaultInstance() caches types in a static map of the framework's loader: give each mapper
            // its own cache so a reloaded generation's classes are not kept there.
            ObjectMapper mapper = new ObjectMapper();
            mapper.setTypeFactory(TypeFactory.defaultInstance().withCache(new LRUMap<Object, JavaType>(16, 200)));
            return mapper;
        }
    };

    private ValueCodec() {
    }

    /** The parameter to bind for {@code value} in a column of {@code field} (null: infer from the value). */
    public static Object toDb(FieldMeta field, Object value, Vendor vendor) {
        if (value == null) {
            return null;
        }
        if (value instanceof Model model) {
            return toDb(model.meta().pk(), model.pk(), vendor);
        }
        if (value instanceof Ref<?> ref) {
            return toDb(ModelMeta.of(ref.target()).pk(), ref.pk(), vendor);
        }
        if (field != null && field.kind() == FieldKind.JSON) {
            String json;
            try {
                json = JSON.get(field.javaField().getDeclaringClass()).writeValueAsString(value);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("The value of " + field.name() + " cannot be written as JSON: " + e.getOriginalMessage(), e);
            }
            return vendor == Vendor.POSTGRESQL ? pgJson(json) : json;
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Instant instant) {
            instant = instant.truncatedTo(ChronoUnit.MICROS);
            return vendor == Vendor.SQLITE ? SQLITE_DATE_TIME.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC))
                    : instant.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof LocalDate || value instanceof LocalTime) {
            if (vendor == Vendor.SQLITE) {
                return value instanceof LocalTime t ? SQLITE_TIME.format(t) : value.toString();
            }
            return value;
        }
        if (value instanceof Duration d) {
            // Django's columns: bigint microseconds on SQLite, interval on PostgreSQL.
            long micros = d.toNanos() / 1000;
            return vendor == Vendor.POSTGRESQL ? new org.postgresql.util.PGInterval(0, 0, 0, 0, 0, micros / 1e6) : micros;
        }
        if (value instanceof UUID uuid) {
            return vendor == Vendor.SQLITE ? uuid.toString().replace("-", "") : uuid;
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        if (value instanceof Character c) {
            return c.toString();
        }
        return value;
    }

    /** {@code value} as JSON text, written as the JSONField {@code field} writes its values. */
    public static String jsonText(FieldMeta field, Object value) {
        try {
            return JSON.get(field.javaField().getDeclaringClass()).writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The value " + value + " cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** JSON text read as plain Java values (Map, List, String, Number, Boolean, null): a key's value from values(). */
    public static Object readJsonValue(FieldMeta field, String text) {
        if (text == null) {
            return null;
        }
        try {
            return JSON.get(field.javaField().getDeclaringClass()).readValue(text, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The key of " + field.name() + " holds text that is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** A string as a JSON string literal ({@code "owner"}, quotes and backslashes escaped). */
    public static String jsonString(String text) {
        try {
            return JSON.get(ValueCodec.class).writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Duration durationFromInterval(Object value) {
        org.postgresql.util.PGInterval interval = (org.postgresql.util.PGInterval) value;
        long days = (interval.getYears() * 12L + interval.getMonths()) * 30L + interval.getDays();
        long seconds = ((days * 24 + interval.getHours()) * 60 + interval.getMinutes()) * 60;
        return Duration.ofSeconds(seconds).plus(Math.round(interval.getSeconds() * 1_000_000), ChronoUnit.MICROS);
    }

    private static Object pgJson(String json) {
        try {
            org.postgresql.util.PGobject object = new org.postgresql.util.PGobject();
            object.setType("jsonb");
            object.setValue(json);
            return object;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads column {@code index} as {@code field}'s Java type; null for SQL NULL (a primitive field keeps its value). */
    public static Object fromDb(ResultSet rs, int index, FieldMeta field, Vendor vendor) throws SQLException {
        FieldKind kind = field.kind();
        Class<?> type = field.javaType();
        Object value = switch (kind) {
            case CHAR, TEXT, EMAIL, URL, SLUG -> {
                String s = rs.getString(index);
                yield s != null && type.isEnum() ? enumValue(type, s) : s;
            }
            case INTEGER, POSITIVE_INTEGER -> rs.getInt(index);
            case SMALL_INTEGER -> type == short.class || type == Short.class ? (Object) rs.getShort(index) : rs.getInt(index);
            case BIG_INTEGER, AUTO, BIG_AUTO -> rs.getLong(index);
            // A foreign key's column holds the target's primary key, read as that key's type.
            case FOREIGN_KEY, ONE_TO_ONE -> fromDb(rs, index, ModelMeta.of(field.relatedModel()).pk(), vendor);
            case FLOAT -> type == float.class || type == Float.class ? (Object) rs.getFloat(index) : rs.getDouble(index);
            case DECIMAL -> {
                BigDecimal d = rs.getBigDecimal(index);
                yield d == null || field.decimalPlaces() == null ? d : d.setScale(field.decimalPlaces(), RoundingMode.HALF_EVEN);
            }
            case BOOLEAN -> rs.getBoolean(index);
            case DATE -> vendor == Vendor.SQLITE ? parse(rs.getString(index), LocalDate::parse) : rs.getObject(index, LocalDate.class);
            case DATE_TIME -> vendor == Vendor.SQLITE
                    ? parse(rs.getString(index), s -> LocalDateTime.parse(s.replace('T', ' '), SQLITE_DATE_TIME).toInstant(ZoneOffset.UTC))
                    : parse(rs.getObject(index, OffsetDateTime.class), OffsetDateTime::toInstant);
            case TIME -> vendor == Vendor.SQLITE ? parse(rs.getString(index), s -> LocalTime.parse(s, SQLITE_TIME))
                    : rs.getObject(index, LocalTime.class);
            case DURATION -> vendor == Vendor.POSTGRESQL ? parse(rs.getObject(index), ValueCodec::durationFromInterval)
                    : Duration.of(rs.getLong(index), ChronoUnit.MICROS);
            case UUID -> vendor == Vendor.SQLITE ? parse(rs.getString(index), ValueCodec::uuidFromHex) : rs.getObject(index, UUID.class);
            case JSON -> parse(rs.getString(index), s -> readJson(field, s));
            case BINARY -> rs.getBytes(index);
            case MANY_TO_MANY -> throw new IllegalStateException("a many-to-many field has no column");
        };
        return rs.wasNull() ? null : value;
    }

    /** Reads a computed column (an aggregate, an annotation, a value of values()) by what the driver returns. */
    public static Object plain(ResultSet rs, int index) throws SQLException {
        Object value = rs.getObject(index);
        if (value instanceof Integer i) {
            return i.longValue();
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        return value;
    }

    private static Object readJson(FieldMeta field, String text) {
        ObjectMapper mapper = JSON.get(field.javaField().getDeclaringClass());
        try {
            return mapper.readValue(text, mapper.constructType(field.javaField().getGenericType()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The column " + field.column() + " holds JSON that does not fit "
                    + field.javaField().getGenericType().getTypeName() + ": " + e.getOriginalMessage(), e);
        }
    }

    private static UUID uuidFromHex(String hex) {
        if (hex.length() == 32) {
            hex = hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                    + hex.substring(16, 20) + "-" + hex.substring(20);
        }
        return UUID.fromString(hex);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> type, String name) {
        return Enum.valueOf((Class) type, name);
    }

    private static <S, T> T parse(S value, java.util.function.Function<S, T> parser) {
        return value == null ? null : parser.apply(value);
    }
}
