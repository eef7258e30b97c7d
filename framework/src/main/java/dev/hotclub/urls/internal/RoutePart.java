package dev.hotclub.urls.internal;

import dev.hotclub.urls.Converter;

/**
 * A piece of a route: literal text, or a parameter with its converter (null for a rePath group).
 * What reverse substitutes into and what the index and the checks look at.
 */
public sealed interface RoutePart {

    record Literal(String text) implements RoutePart {
    }

    /**
     * @param name      the parameter name; {@code _0}, {@code _1}... for rePath's positional groups
     * @param converter the path converter, or {@code null} for a rePath group (its value is used as is)
     */
    record Param(String name, Converter<Object> converter) implements RoutePart {
    }
}
