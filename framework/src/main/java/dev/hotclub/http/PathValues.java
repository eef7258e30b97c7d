package dev.hotclub.http;

import dev.hotclub.urls.ResolverMatch;
import dev.hotclub.urls.Converters;
import java.lang.invoke.MethodType;
import java.math.BigInteger;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The typed reading of a value the URL pattern captured, behind {@link HttpRequest#intArg} and its siblings.
 * The {@code int} converter takes any number of digits, as Django's (a Python int has no size limit), and
 * gives the smallest of {@code Integer}, {@code Long} and {@code BigInteger} that holds the number. A number too
 * large for the accessor the view chose cannot name anything the view could look up with it: it is a 404,
 * whose message (on the debug page) names the accessor that takes it. A value of another type is a mistake in
 * the code, and its message names the fix for the route at hand.
 */
final class PathValues {
    private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
    private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private final ResolverMatch match;
    private final String name;
    private final Object value;

    PathValues(ResolverMatch match, String name, Object value) {
        this.match = match;
        this.name = name;
        this.value = value;
    }

    int asInt() {
        if (value instanceof Integer i) {
            return i;
        }
        BigInteger number = whole("an int");
        if (number.compareTo(INT_MIN) < 0 || number.compareTo(INT_MAX) > 0) {
            throw tooLarge("intArg", "an int", Integer.MAX_VALUE, "request.longArg(\"" + name
                    + "\") or request.bigIntegerArg(\"" + name + "\")");
        }
        return number.intValue();
    }

    long asLong() {
        if (value instanceof Integer || value instanceof Long) {
            return ((Number) value).longValue();
        }
        BigInteger number = whole("a long");
        if (number.compareTo(LONG_MIN) < 0 || number.compareTo(LONG_MAX) > 0) {
            throw tooLarge("longArg", "a long", Long.MAX_VALUE, "request.bigIntegerArg(\"" + name + "\")");
        }
        return number.longValue();
    }

    BigInteger asBigInteger() {
        return whole("a whole number");
    }

    /** {@code request.arg(name, type)}: the value as it is, or a whole number as the integer type asked for. */
    <T> T as(Class<T> asked) {
        @SuppressWarnings("unchecked") // int.class stands for Integer, as in arg("id", int.class)
        Class<T> type = (Class<T>) MethodType.methodType(asked).wrap().returnType();
        if (type.isInstance(value)) {
            return type.cast(value);
        }
        if (isWholeNumber(value)) {
            if (type == Integer.class) {
                return type.cast(asInt());
            }
            if (type == Long.class) {
                return type.cast(asLong());
            }
            if (type == BigInteger.class) {
                return type.cast(asBigInteger());
            }
        }
        String wanted = type.getSimpleName();
        throw wrongType((wanted.matches("[AEIOaeiou].*") ? "an " : "a ") + wanted, converterGiving(type));
    }

    private BigInteger whole(String wanted) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return BigInteger.valueOf(((Number) value).longValue());
        }
        if (value instanceof BigInteger big) {
            return big;
        }
        throw wrongType(wanted, "int");
    }

    private Http404 tooLarge(String accessor, String javaType, long max, String instead) {
        return new Http404("The route '" + match.route() + "' captured " + name + " = " + value + ", which"
                + " request." + accessor + "(\"" + name + "\") cannot hold (" + javaType + " is at most " + max
                + "), so nothing can have it: this is a 404. To take numbers this large, read it with " + instead
                + ".");
    }

    private IllegalArgumentException wrongType(String wanted, String converter) {
        return new IllegalArgumentException("The value '" + name + "' captured by the route '" + match.route()
                + "' is the " + value.getClass().getSimpleName() + " \"" + value + "\", not " + wanted + ": "
                + fix(converter));
    }

    /** What to change, for the route as it is written. */
    private String fix(String converter) {
        if (!(value instanceof String) || converter == null) {
            return "read it with " + accessorFor(value);
        }
        String wanted = "<" + converter + ":" + name + ">";
        if (match.route().contains("(?<" + name + ">") || match.route().contains("(?P<" + name + ">")) {
            return "a rePath() group captures text: use path() with " + wanted + " in the route, or parse"
                    + " request.arg(\"" + name + "\") in the view";
        }
        Matcher written = Pattern.compile("<(?:([^<>:]+):)?" + Pattern.quote(name) + ">").matcher(match.route());
        if (written.find()) {
            String current = written.group(1) == null ? "str" : written.group(1).strip();
            if (givesText(current)) {
                return "use " + wanted + " in the route instead of " + written.group() + ", or read the text with "
                        + "request.arg(\"" + name + "\")";
            }
            return "use " + wanted + " in the route, or have the converter '" + current + "' return the type you"
                    + " want, or read the text with request.arg(\"" + name + "\")";
        }
        return "read it with request.arg(\"" + name + "\") and parse it in the view";
    }

    private String accessorFor(Object v) {
        if (v instanceof String) {
            return "request.arg(\"" + name + "\")";
        }
        if (v instanceof Integer) {
            return "request.intArg(\"" + name + "\")";
        }
        if (v instanceof Long) {
            return "request.longArg(\"" + name + "\")";
        }
        if (v instanceof BigInteger) {
            return "request.bigIntegerArg(\"" + name + "\")";
        }
        if (v instanceof UUID) {
            return "request.uuidArg(\"" + name + "\")";
        }
        return "request.arg(\"" + name + "\", " + v.getClass().getSimpleName() + ".class)";
    }

    private static String converterGiving(Class<?> type) {
        return Converters.builtInNameGiving(type);
    }

    private static boolean givesText(String converterName) {
        return Converters.builtInGivesText(converterName);
    }

    private static boolean isWholeNumber(Object v) {
        return v instanceof Integer || v instanceof Long || v instanceof BigInteger || v instanceof Short
                || v instanceof Byte;
    }
}
