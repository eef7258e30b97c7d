package dev.hotclub.urls.internal;

import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Whether one path segment (text between two slashes) can be what a route segment matches: the
 * index's filter. It may say yes too often (the leaf's own regex decides), never no too often.
 */
abstract class SegmentTest {

    private static final Map<BuiltInConverter, SegmentTest> BUILT_IN = new EnumMap<>(BuiltInConverter.class);

    static {
        for (BuiltInConverter converter : BuiltInConverter.values()) {
            if (converter.staysInSegment()) {
                BUILT_IN.put(converter, new BuiltIn(converter));
            }
        }
    }

    /** Whether {@code path.substring(from, end)}, a whole segment, passes. */
    abstract boolean accepts(String path, int from, int end);

    /** The key edges are merged by: two route segments with equal keys test the same. */
    abstract String key();

    /** The regex this test stands for, to build the regex of a segment mixing text and parameters. */
    abstract String regex();

    /** A segment that is one built-in converter which never matches a slash. */
    static SegmentTest of(BuiltInConverter converter) {
        SegmentTest test = BUILT_IN.get(converter);
        if (test == null) {
            throw new IllegalArgumentException(converter.converterName() + " may match a slash");
        }
        return test;
    }

    /** A segment mixing text and parameters, e.g. {@code <int:n>-<slug:s>}: its own regex decides. */
    static SegmentTest regex(String regex) {
        Pattern pattern = Pattern.compile(regex);
        return new SegmentTest() {
            @Override
            boolean accepts(String path, int from, int end) {
                return pattern.matcher(path).region(from, end).matches();
            }

            @Override
            String key() {
                return regex;
            }

            @Override
            String regex() {
                return regex;
            }
        };
    }

    private static final class BuiltIn extends SegmentTest {
        private final BuiltInConverter converter;
        private final String key;

        BuiltIn(BuiltInConverter converter) {
            this.converter = converter;
            this.key = "<" + converter.converterName() + ">";
        }

        @Override
        boolean accepts(String path, int from, int end) {
            return converter.matchesSegment(path, from, end);
        }

        @Override
        String key() {
            return key;
        }

        @Override
        String regex() {
            return converter.regex();
        }
    }
}
