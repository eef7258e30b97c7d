package dev.hotclub.urls.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the named groups of a Java regex in order of appearance ({@code Pattern} only exposes them
 * from Java 20 on). Skips escapes, {@code \Q...\E} quotes and character classes.
 */
final class RegexGroups {

    private RegexGroups() {
    }

    static List<String> namedGroups(String regex) {
        List<String> names = new ArrayList<>();
        int i = 0;
        int n = regex.length();
        while (i < n) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i = skipEscape(regex, i);
            } else if (c == '[') {
                i = skipClass(regex, i);
            } else if (c == '(' && regex.startsWith("(?<", i) && i + 3 < n
                    && regex.charAt(i + 3) != '=' && regex.charAt(i + 3) != '!') {
                int close = regex.indexOf('>', i + 3);
                names.add(regex.substring(i + 3, close));
                i = close + 1;
            } else {
                i++;
            }
        }
        return names;
    }

    /** The index just past the escape starting at {@code i} (a backslash). */
    static int skipEscape(String regex, int i) {
        if (regex.startsWith("\\Q", i)) {
            int end = regex.indexOf("\\E", i + 2);
            return end < 0 ? regex.length() : end + 2;
        }
        return Math.min(i + 2, regex.length());
    }

    /** The index just past the character class opening at {@code i}; Java classes may nest. */
    static int skipClass(String regex, int i) {
        int depth = 0;
        int n = regex.length();
        int j = i;
        while (j < n) {
            char c = regex.charAt(j);
            if (c == '\\') {
                j = skipEscape(regex, j);
                continue;
            }
            if (c == '[') {
                depth++;
                j++;
                if (j < n && regex.charAt(j) == '^') {
                    j++;
                }
                if (j < n && regex.charAt(j) == ']') {
                    j++; // a ']' first in a class is literal
                }
                continue;
            }
            if (c == ']') {
                depth--;
                if (depth == 0) {
                    return j + 1;
                }
            }
            j++;
        }
        return n;
    }
}
