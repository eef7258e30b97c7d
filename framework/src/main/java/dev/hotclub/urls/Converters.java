package dev.hotclub.urls;

import dev.hotclub.urls.internal.BuiltInConverter;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The converters a route may name, by name: Django's five built-ins plus the ones you register.
 * Immutable: {@link #with} returns a new registry. The built-ins are described once, in {@link BuiltInConverter}.
 *
 * <ul>
 *   <li>{@code str}: {@code [^/]+}, a {@code String} (the default when a route says just {@code <name>})</li>
 *   <li>{@code int}: {@code [0-9]+}, a number of any size as Django's (a Python int): an {@code Integer},
 *       a {@code Long} when too large for an int, a {@code BigInteger} when too large for a long; past
 *       {@value BuiltInConverter#MAX_INT_DIGITS} digits, Python's limit for {@code int(str)}, it does not match</li>
 *   <li>{@code slug}: {@code [-a-zA-Z0-9_]+}, a {@code String}</li>
 *   <li>{@code uuid}: lower-case 8-4-4-4-12 hex, a {@link java.util.UUID}</li>
 *   <li>{@code path}: {@code .+}, a {@code String} that may contain {@code /}</li>
 * </ul>
 */
public final class Converters {

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
        for (BuiltInConverter builtIn : BuiltInConverter.values()) {
            m.put(builtIn.converterName(), builtIn.converter());
        }
        return m;
    }

    /** The name of the built-in converter whose values are of {@code type} ({@code "int"} for Integer), or null. */
    public static String builtInNameGiving(Class<?> type) {
        BuiltInConverter builtIn = BuiltInConverter.giving(type);
        return builtIn == null ? null : builtIn.converterName();
    }

    /** Whether {@code converterName} is a built-in converter that gives text ({@code str}, {@code slug}, {@code path}). */
    public static boolean builtInGivesText(String converterName) {
        BuiltInConverter builtIn = BuiltInConverter.named(converterName);
        return builtIn != null && builtIn.givesText();
    }
}
