package dev.hotclub.urls.internal;

import dev.hotclub.urls.Converter;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigInteger;
import java.util.Set;
import java.util.UUID;

/**
 * One value a route hands its view, as the build-time check of a {@link dev.hotclub.http.TypedView} sees it: its
 * name (or position, for a rePath group without a name), where it comes from, and which parameter types take it.
 *
 * @param name      the value's name, or null for a positional rePath group
 * @param position  its index among the positional values (only when {@code name} is null)
 * @param source    how the route captures it, for messages: {@code <int:question_id>}, {@code a regex group}
 * @param converter its path converter, or null for a regex group or an extra kwarg
 * @param extra     an extra kwarg's value ({@code path(route, view, Map.of(...))}), else null
 */
record CapturedValue(String name, int position, String source, Converter<Object> converter, Object extra) {

    private static final Set<Class<?>> WHOLE_NUMBER_TYPES = Set.of(int.class, long.class, Integer.class, Long.class,
            BigInteger.class);

    /** {@code question_id} or {@code group 1}. */
    String label() {
        return name != null ? name : "group " + (position + 1);
    }

    /** Null when a parameter of {@code type} takes this value, else the types that would, for the message. */
    String typesTaking(Class<?> type) {
        BuiltInConverter builtIn = converter == null ? null : BuiltInConverter.of(converter);
        if (builtIn == BuiltInConverter.INT) {
            return WHOLE_NUMBER_TYPES.contains(type) || type.isAssignableFrom(Number.class) ? null
                    : "int, long, Integer, Long or BigInteger";
        }
        if (builtIn == BuiltInConverter.UUID) {
            return type.isAssignableFrom(UUID.class) ? null : "UUID";
        }
        if (builtIn != null || (converter == null && extra == null)) {
            return type.isAssignableFrom(String.class) ? null : "String";
        }
        Class<?> given = extra != null ? extra.getClass() : convertedType(converter);
        if (given == null || wrap(type).isAssignableFrom(given)) {
            return null; // a converter whose type cannot be read is checked when a request comes (request.arg)
        }
        if (WHOLE_NUMBER_TYPES.contains(given) && WHOLE_NUMBER_TYPES.contains(type)) {
            return null;
        }
        return given.getSimpleName();
    }

    /** What the value is, for the message: {@code a whole number}, {@code a String}. */
    String gives() {
        BuiltInConverter builtIn = converter == null ? null : BuiltInConverter.of(converter);
        if (builtIn == BuiltInConverter.INT) {
            return "a whole number";
        }
        if (builtIn == BuiltInConverter.UUID) {
            return "a UUID";
        }
        if (builtIn != null || (converter == null && extra == null)) {
            return "a String";
        }
        Class<?> given = extra != null ? extra.getClass() : convertedType(converter);
        return given == null ? "a value" : "a " + given.getSimpleName();
    }

    /** {@code T} of a converter class that implements {@code Converter<T>} with a class, or null. */
    private static Class<?> convertedType(Converter<?> converter) {
        for (Class<?> c = converter.getClass(); c != null; c = c.getSuperclass()) {
            for (Type implemented : c.getGenericInterfaces()) {
                if (implemented instanceof ParameterizedType p && p.getRawType() == Converter.class
                        && p.getActualTypeArguments()[0] instanceof Class<?> type) {
                    return type;
                }
            }
        }
        return null;
    }

    private static Class<?> wrap(Class<?> type) {
        return java.lang.invoke.MethodType.methodType(type).wrap().returnType();
    }
}
