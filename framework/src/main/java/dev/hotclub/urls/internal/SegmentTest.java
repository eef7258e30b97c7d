package dev.hotclub.urls.internal;

import java.util.regex.Pattern;

/**
 * Whether one path segment (text between two slashes) can be what a route segment matches: the
 * index's filter. It may say yes too often (the leaf's own regex decides), never no too often.
 */
abstract class SegmentTest {

    abstract boolean accepts(String segment);

    /** The key edges are merged by: two route segments with equal keys test the same. */
    abstract String key();

    /** The regex this test stands for, to build the regex of a segment mixing text and parameters. */
    String regex() {
        return key();
    }

    static final SegmentTest STR = new SegmentTest() {
        @Override
        boolean accepts(String segment) {
            return !segment.isEmpty();
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
        boolean accepts(String segment) {
            if (segment.isEmpty()) {
                return false;
            }
            for (int i = 0; i < segment.length(); i++) {
                char c = segment.charAt(i);
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
        boolean accepts(String segment) {
            if (segment.isEmpty()) {
                return false;
            }
            for (int i = 0; i < segment.length(); i++) {
                char c = segment.charAt(i);
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
            boolean accepts(String segment) {
                return pattern.matcher(segment).matches();
            }

            @Override
            String key() {
                return regex;
            }
        };
    }
}
