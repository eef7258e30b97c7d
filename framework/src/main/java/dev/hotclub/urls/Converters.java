package dev.hotclub.urls;

import java.math.BigInteger;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The converters a route may name, by name: Django's five built-ins plus the ones you register.
 * Immutable: {@link #with} returns a new registry.
 *
 * <ul>
 *   <li>{@code str}: {@code [^/]+}, a {@code String} (the default when a route says just {@code <name>})</li>
 *   <li>{@code int}: {@code [0-9]+}, a number of any size as Django's (a Python int): an {@code Integer},
 *       a {@code Long} when too large for an int, a {@code BigInteger} when too large for a long; past
 *       4300 digits, Python's limit for {@code int(str)}, it does not match</li>
 *   <li>{@code slug}: {@code [-a-zA-Z0-9_]+}, a {@code String}</li>
 *   <li>{@code uuid}: lower-case 8-4-4-4-12 hex, a {@link UUID}</li>
 *   <li>{@code path}: {@code .+}, a {@code String} that may contain {@code /}</li>
 * </ul>
 */
public final class Converters {

    /** Python's {@code sys.int_max_str_digits} default: {@code int()} of a longer text is a ValueError. */
    static final int MAX_INT_DIGITS = 4300;

    private static final Converters DEFAULTS = new Converters(builtIns());

    private final Map<String, Converter<?>> byName;

    private Converters(Map<String, Converter<?>> byName) {
        this.byName = Collections.unmodifiableMap(byName);
    }

    /** Django's built-in converters: str, int, slug, uuid, path. */
    public static Converters defaults() {
        return DEFAULTS;
    }

    /** This registry plus one converter (replacing a converter of the same name, built-ins included). */
    public Converters with(String name, Converter<?> converter) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(converter, "converter");
        Map<String, Converter<?>> copy = new LinkedHashMap<>(byName);
        copy.put(name, converter);
        return new Converters(copy);
    }

    public Optional<Converter<?>> get(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** Every converter by name, built-ins first. */
    public Map<String, Converter<?>> asMap() {
        return byName;
    }

    private static Map<String, Converter<?>> builtIns() {
        Map<String, Converter<?>> m = new LinkedHashMap<>();
        m.put("str", Converter.<Object>of("[^/]+", s -> s, String::valueOf));
        m.put("int", Converter.<Object>of("[0-9]+", Converters::toInteger, String::valueOf));
        m.put("slug", Converter.<Object>of("[-a-zA-Z0-9_]+", s -> s, String::valueOf));
        m.put("uuid", Converter.<Object>of("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
                UUID::fromString, String::valueOf));
        m.put("path", Converter.<Object>of(".+", s -> s, String::valueOf));
        return m;
    }

    /**
     * Python's {@code int(digits)}, as the smallest of Integer, Long and BigInteger that holds the number. Past
     * {@value #MAX_INT_DIGITS} digits Python's {@code int()} refuses the text (its {@code int_max_str_digits}),
     * so Django's route does not match: nor does this one, which also keeps a huge path from costing a slow
     * conversion.
     */
    private static Object toInteger(String digits) {
        if (digits.length() <= 9) {
            return Integer.parseInt(digits);
        }
        if (digits.length() <= 18) {
            long value = Long.parseLong(digits);
            if (value <= Integer.MAX_VALUE) {
                return (int) value; // not a ?: expression, which would box both sides as Long
            }
            return value;
        }
        if (digits.length() > MAX_INT_DIGITS) {
            throw new NumberFormatException("more than " + MAX_INT_DIGITS + " digits");
        }
        BigInteger value = new BigInteger(digits);
        if (value.bitLength() < Integer.SIZE) {
            return value.intValue();
        }
        if (value.bitLength() < Long.SIZE) {
            return value.longValue();
        }
        return value;
    }
}
