package dev.hotclub.urls;

import java.util.Objects;
import java.util.function.Function;

/**
 * Turns one {@code <name:param>} part of a route into a Java value and back (Django's path converters).
 *
 * <pre>{@code
 * Converter<Integer> fourDigitYear = Converter.of("[0-9]{4}", Integer::valueOf, year -> String.format("%04d", year));
 * Resolver.build(root, Converters.defaults().with("yyyy", fourDigitYear));
 * // path("articles/<yyyy:year>/", Views::yearArchive)
 * }</pre>
 *
 * @param <T> the Java type of the converted value
 */
public interface Converter<T> {

    /** The regex a path segment part must match; it may not be anchored. */
    String regex();

    /**
     * The Java value of the matched text. Throwing anything means "this pattern does not match, keep
     * looking": never an error page.
     */
    T toJava(String value) throws Exception;

    /**
     * The URL text of a value, for {@code reverse()}. Throwing a runtime exception (or being given a
     * value of another type) means this pattern cannot reverse the value.
     */
    String toUrl(T value);

    /** The conversion from text that {@link #of} takes: may throw to say "no match". */
    @FunctionalInterface
    interface ToJava<T> {
        T apply(String value) throws Exception;
    }

    /** A converter from a regex and two functions. */
    static <T> Converter<T> of(String regex, ToJava<T> toJava, Function<? super T, String> toUrl) {
        Objects.requireNonNull(regex, "regex");
        Objects.requireNonNull(toJava, "toJava");
        Objects.requireNonNull(toUrl, "toUrl");
        return new Converter<>() {
            @Override
            public String regex() {
                return regex;
            }

            @Override
            public T toJava(String value) throws Exception {
                return toJava.apply(value);
            }

            @Override
            public String toUrl(T value) {
                return toUrl.apply(value);
            }

            @Override
            public String toString() {
                return "Converter[" + regex + "]";
            }
        };
    }
}
