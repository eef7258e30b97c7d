package dev.hotclub.urls.internal;

import java.util.regex.Pattern;

/**
 * Whether one path segment (text between two slashes) can be what a route segment matches: the
 * index's filter. It may say yes too often (the leaf's own regex decides), never no too often.
 */
abstract class SegmentTest {

    /** Whether {@code path.substring(from, end)}, a whole segment, passes. */
    abstract boolean accepts(String path, int from, int end);

    /** The key edges are merged by: two route segments with equal keys test the same. */
    abstract String key();

    /** The regex this test stands for, to build the regex of a segment mixing text and parameters. */
    String regex() {
        return key();
    }

    static final SegmentTest STR = new SegmentTest() {
        @Override
        boolean accepts(String path, int from, int end) {
            return end > from;
        }

        @Override
        String key() {
            return "<str>";
        }

        @Override
        String regex() {
            return "[^/]+";
        }
    };

    static final SegmentTest INT = new SegmentTest() {
        @Override
        boolean accepts(String path, int from, int end) {
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
        }

        @Override
        String key() {
            return "<int>";
        }

        @Override
        String regex() {
            return "[0-9]+";
        }
    };

    static final SegmentTest SLUG = new SegmentTest() {
        @Override
        boolean accepts(String path, int from, int end) {
            if (end == from) {
                return false;
            }
            for (int i = from; i < end; i++) {
                char c = path.charAt(i);
                boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                        || c == '-' || c == '_';
                if (!ok) {
                    return false;
                }
            }
            return true;
        }

        @Override
        String key() {
            return "<slug>";
        }

        @Override
        String regex() {
            return "[-a-zA-Z0-9_]+";
        }
    };

    static final SegmentTest UUID = regex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

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
        };
    }
}
