package dev.hotclub.urls.internal;

import dev.hotclub.urls.Converter;

import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * Django's five built-in path converters, each described here once: its name, its regex, its conversion, and
 * what the index, the exact-leaf plans and the shadow check may assume of it. {@link
 * dev.hotclub.urls.Converters#defaults()} is made of these. A built-in is recognised by its converter object, not
 * by its name: a registry that gives the name {@code int} to a converter of its own has no built-in {@code int}.
 * Their user-facing description is {@link dev.hotclub.urls.Converters}'s.
 */
public enum BuiltInConverter {
    STR("str", "[^/]+", s -> s),
    INT("int", "[0-9]+", BuiltInConverter::toInteger),
    SLUG("slug", "[-a-zA-Z0-9_]+", s -> s),
    UUID("uuid", "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", java.util.UUID::fromString),
    PATH("path", ".+", s -> s);

    /** Python's {@code sys.int_max_str_digits} default: {@code int()} of a longer text is a ValueError. */
    public static final int MAX_INT_DIGITS = 4300;

    private final String converterName;
    private final Converter<Object> converter;

    BuiltInConverter(String converterName, String regex, Converter.ToJava<Object> toJava) {
        this.converterName = converterName;
        this.converter = Converter.of(regex, toJava, String::valueOf);
    }

    /** The name a route writes, as in {@code <int:year>}. */
    public String converterName() {
        return converterName;
    }

    public String regex() {
        return converter.regex();
    }

    /** The one converter object of this built-in, shared by every route that names it. */
    public Converter<Object> converter() {
        return converter;
    }

    /** The built-in {@code converter} is, or null for a converter of the project's own. */
    public static BuiltInConverter of(Converter<?> converter) {
        for (BuiltInConverter builtIn : values()) {
            if (builtIn.converter == converter) {
                return builtIn;
            }
        }
        return null;
    }

    /** The built-in a route names with {@code converterName}, or null. */
    public static BuiltInConverter named(String converterName) {
        for (BuiltInConverter builtIn : values()) {
            if (builtIn.converterName.equals(converterName)) {
                return builtIn;
            }
        }
        return null;
    }

    /**
     * The built-in {@code converter} is when its matches never hold a slash (every one but {@code path}), or
     * null: the index and the checks may then reason about it one path segment at a time.
     */
    static BuiltInConverter withinSegment(Converter<?> converter) {
        BuiltInConverter builtIn = of(converter);
        return builtIn != null && builtIn.staysInSegment() ? builtIn : null;
    }

    /** Whether its regex never matches a slash. */
    boolean staysInSegment() {
        return this != PATH;
    }

    /** Whether its value is the text as matched ({@code str}, {@code slug}, {@code path}). */
    public boolean givesText() {
        return this == STR || this == SLUG || this == PATH;
    }

    /** The built-in whose values are of {@code type}, when that type is not text; null when none is. */
    public static BuiltInConverter giving(Class<?> type) {
        if (type == Integer.class || type == Long.class || type == BigInteger.class || type == Number.class) {
            return INT;
        }
        return type == java.util.UUID.class ? UUID : null;
    }

    /**
     * Whether {@code path.substring(from, end)}, a whole segment without a slash, matches {@link #regex()}:
     * written out for the index, which asks it for every route at every depth, where a regex would cost more.
     * Only for a converter that {@link #staysInSegment()}.
     */
    boolean matchesSegment(String path, int from, int end) {
        switch (this) {
            case STR:
                return end > from;
            case INT:
                if (end == from) {
                    return false;
                }
                for (int i = from; i < end; i++) {
                    char c = path.charAt(i);
                    if (c < '0' || c > '9') {
                        return false;
                    }
                }
                return true;
            case SLUG:
                if (end == from) {
                    return false;
                }
                for (int i = from; i < end; i++) {
                    if (!isSlugCharacter(path.charAt(i))) {
                        return false;
                    }
                }
                return true;
            case UUID:
                return UuidPattern.PATTERN.matcher(path).region(from, end).matches();
            default:
                throw new IllegalStateException(converterName + " may match a slash: it has no segment test");
        }
    }

    private static boolean isSlugCharacter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }

    /**
     * Whether this converter, in an earlier route, matches and accepts every text {@code later} matches and
     * accepts within one segment: {@code str} covers every segment-bound built-in, {@code slug} covers
     * {@code int} and {@code uuid} (digits, hex and dashes are slug characters), each covers itself.
     */
    boolean covers(BuiltInConverter later) {
        return this == later
                || this == STR && later.staysInSegment()
                || this == SLUG && (later == INT || later == UUID);
    }

    /**
     * Whether it matches and accepts any non-empty text made of texts it matches and values of converters it
     * {@link #covers}: true for {@code str} and {@code slug}, a repeated character class whose conversion never
     * refuses; false for {@code int} (a longer number may pass {@value #MAX_INT_DIGITS} digits) and
     * {@code uuid} (one fixed shape).
     */
    boolean coversConcatenations() {
        return this == STR || this == SLUG;
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

    /** The uuid regex compiled once, on the first uuid segment the index tests. */
    private static final class UuidPattern {
        static final Pattern PATTERN = Pattern.compile(UUID.regex());
    }
}
