package dev.hotclub.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hotclub.forms.internal.DjangoDurations;
import dev.hotclub.forms.internal.PythonJson;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every field's cleaning against Django 3.2's: {@code forms/django-cleaning.json} holds what Django answered for
 * each field and input (recorded by {@code forms/record_django.py}, beside it), the cleaned value as Python's
 * {@code str()} shows it, or the exact messages.
 */
@DisplayName("Each field cleans as Django 3.2 does, with its exact messages")
class FieldCleaningTableTest {
    /** Where Hotclub answers otherwise on purpose: Java's int is bounded, Python's is not. */
    private static final Map<String, List<String>> KNOWN_DIFFERENCES = Map.of(
            "IntegerField 99999999999", List.of("Enter a whole number."));

    @SuppressWarnings("unchecked")
    static Stream<Arguments> cases() throws Exception {
        try (InputStream in = FieldCleaningTableTest.class.getResourceAsStream("/forms/django-cleaning.json")) {
            List<Map<String, Object>> all = new ObjectMapper().readValue(in, List.class);
            return all.stream().map(c -> Arguments.of(((List<Object>) c.get("field")).get(0) + " "
                    + ((List<Object>) c.get("field")).stream().skip(1).map(String::valueOf).reduce("", String::concat)
                    + " " + c.get("input"), c));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @SuppressWarnings("unchecked")
    void cleansAsDjango(String title, Map<String, Object> c) {
        List<Object> spec = (List<Object>) c.get("field");
        Map<String, Object> opts = spec.size() > 1 ? (Map<String, Object>) spec.get(1) : Map.of();
        Field<?> field = make((String) spec.get(0), opts);
        Object input = c.get("input");
        String answer;
        try {
            answer = "clean: " + show(field.clean(input));
        } catch (ValidationError e) {
            answer = "errors: " + e.texts();
        }
        String key = spec.get(0) + " " + input;
        String expected = KNOWN_DIFFERENCES.containsKey(key) ? "errors: " + KNOWN_DIFFERENCES.get(key)
                : c.containsKey("clean") ? "clean: " + c.get("clean") : "errors: " + c.get("errors");
        assertEquals(expected, answer, title);
    }

    private static Field<?> make(String kind, Map<String, Object> opts) {
        Field<?> field = switch (kind) {
            case "CharField" -> {
                CharField f = new CharField();
                if (opts.containsKey("max_length")) f.maxLength((Integer) opts.get("max_length"));
                if (opts.containsKey("min_length")) f.minLength((Integer) opts.get("min_length"));
                if (opts.containsKey("strip")) f.strip((Boolean) opts.get("strip"));
                yield f;
            }
            case "IntegerField" -> {
                IntegerField f = new IntegerField();
                if (opts.containsKey("min_value")) f.minValue((Integer) opts.get("min_value"));
                if (opts.containsKey("max_value")) f.maxValue((Integer) opts.get("max_value"));
                yield f;
            }
            case "FloatField" -> {
                FloatField f = new FloatField();
                if (opts.containsKey("min_value")) f.minValue(((Number) opts.get("min_value")).doubleValue());
                if (opts.containsKey("max_value")) f.maxValue(((Number) opts.get("max_value")).doubleValue());
                yield f;
            }
            case "DecimalField" -> {
                DecimalField f = new DecimalField();
                if (opts.containsKey("max_digits")) f.maxDigits((Integer) opts.get("max_digits"));
                if (opts.containsKey("decimal_places")) f.decimalPlaces((Integer) opts.get("decimal_places"));
                if (opts.containsKey("min_value")) f.minValue(new BigDecimal((String) opts.get("min_value")));
                if (opts.containsKey("max_value")) f.maxValue(new BigDecimal((String) opts.get("max_value")));
                yield f;
            }
            case "BooleanField" -> new BooleanField();
            case "NullBooleanField" -> new NullBooleanField();
            case "EmailField" -> new EmailField();
            case "URLField" -> new URLField();
            case "SlugField" -> new SlugField();
            case "UUIDField" -> new UUIDField();
            case "DateField" -> new DateField();
            case "DateTimeField" -> new DateTimeField();
            case "TimeField" -> new TimeField();
            case "DurationField" -> new DurationField();
            case "ChoiceField" -> new ChoiceField(Choice.of("a", "A"), Choice.of("b", "B"),
                    Choice.group("g", Choice.of("x", "X")));
            case "MultipleChoiceField" -> new MultipleChoiceField(Choice.of("a", "A"), Choice.of("b", "B"),
                    Choice.group("g", Choice.of("x", "X")));
            case "TypedChoiceField" -> new TypedChoiceField<>(Integer::valueOf, Choice.pairs("1", "One", "2", "Two",
                    "x", "Ex"));
            case "JSONField" -> new JSONField();
            default -> throw new IllegalArgumentException(kind);
        };
        if (opts.containsKey("required")) {
            field.required((Boolean) opts.get("required"));
        }
        return field;
    }

    /** Python's {@code str()} of the cleaned value, as record_django.py writes it. */
    private static String show(Object v) {
        if (v == null) {
            return "None";
        }
        if (v instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (v instanceof LocalDateTime dt) {
            return dt.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"))
                    + (dt.getNano() == 0 ? "" : String.format(".%06d", dt.getNano() / 1000));
        }
        if (v instanceof LocalTime t) {
            return t.format(DateTimeFormatter.ofPattern("HH:mm:ss"))
                    + (t.getNano() == 0 ? "" : String.format(".%06d", t.getNano() / 1000));
        }
        if (v instanceof Duration d) {
            return DjangoDurations.format(d);
        }
        if (v instanceof BigDecimal d) {
            return d.toString();
        }
        if (v instanceof Double d) {
            return PythonJson.dumps(d);
        }
        if (v instanceof List<?> || v instanceof Map<?, ?>) {
            return PythonJson.dumps(v);
        }
        return String.valueOf(v);
    }
}
