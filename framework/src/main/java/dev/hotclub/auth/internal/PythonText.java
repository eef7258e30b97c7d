package dev.hotclub.auth.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The few Python {@code str} operations Django's password validators use, on code points as Python counts
 * them, so that a password refused by Django is refused here and no other.
 */
public final class PythonText {
    private PythonText() {
    }

    /** {@code len(text)}: code points, not UTF-16 units (an emoji is one). */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /** {@code text.lower()}. */
    public static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    /** {@code text.strip()}: Python's whitespace includes U+0085 and the no-break spaces Java's does not. */
    public static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }

    /**
     * {@code text.isdigit()}: not empty, and every character a decimal digit or another digit 0-9
     * (superscripts, circled digits), but not fractions nor numerals like Ⅻ.
     */
    public static boolean isDigit(String text) {
        if (text.isEmpty()) {
            return false;
        }
        return text.codePoints().allMatch(c -> Character.isDigit(c)
                || (Character.getType(c) == Character.OTHER_NUMBER && Character.getNumericValue(c) >= 0
                && Character.getNumericValue(c) <= 9));
    }

    /**
     * {@code difflib.SequenceMatcher(a=a, b=b).quick_ratio()}: an upper bound on the similarity ratio, twice the
     * number of characters the two share (counted with multiplicity, order ignored) over their total length;
     * 1.0 for two empty strings.
     */
    public static double quickRatio(String a, String b) {
        Map<Integer, Integer> available = new HashMap<>();
        b.codePoints().forEach(c -> available.merge(c, 1, Integer::sum));
        int matches = 0;
        for (int c : a.codePoints().toArray()) {
            int left = available.getOrDefault(c, 0);
            available.put(c, left - 1);
            if (left > 0) {
                matches++;
            }
        }
        int total = length(a) + length(b);
        return total == 0 ? 1.0 : 2.0 * matches / total;
    }
}
