package dev.hotclub.http;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * HTML escaping for views that build their HTML by hand (Django's {@code django.utils.html.escape}). Templates
 * and the error pages escape with it too, so the same text gives the same bytes everywhere.
 */
public final class Html {
    private Html() {
    }

    /**
     * Escapes {@code & < > " '} so that {@code text} shows as written inside an element or a quoted attribute.
     * Any object is escaped through {@code String.valueOf}, as Django's {@code escape(str(x))}.
     */
    public static String escape(Object text) {
        String s = String.valueOf(text);
        int first = firstSpecial(s);
        if (first < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        try {
            escapeFrom(s, first, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not throw
        }
        return out.toString();
    }

    /**
     * {@link #escape(Object)} written to {@code out} (a {@code StringBuilder}, a {@code Writer}), without a string
     * made for the escaped text: the runs between the characters to escape are appended as they are.
     */
    public static void escapeTo(String text, Appendable out) throws IOException {
        int first = firstSpecial(text);
        if (first < 0) {
            out.append(text);
        } else {
            escapeFrom(text, first, out);
        }
    }

    private static int firstSpecial(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (replacement(s.charAt(i)) != null) {
                return i;
            }
        }
        return -1;
    }

    private static void escapeFrom(String s, int first, Appendable out) throws IOException {
        int run = 0;
        for (int i = first; i < s.length(); i++) {
            String replacement = replacement(s.charAt(i));
            if (replacement != null) {
                out.append(s, run, i).append(replacement);
                run = i + 1;
            }
        }
        out.append(s, run, s.length());
    }

    private static String replacement(char c) {
        // Every character to escape is below '?': one comparison for the letters, digits and the rest.
        if (c > '>') {
            return null;
        }
        return switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#x27;";
            default -> null;
        };
    }
}
