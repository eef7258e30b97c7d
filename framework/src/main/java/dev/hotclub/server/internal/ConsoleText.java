package dev.hotclub.server.internal;

/**
 * Makes text that came from a request safe to print on a console or in a log file, as Django does since
 * CVE-2025-48432: a control character could otherwise forge log lines (a newline) or drive the terminal (ESC).
 * {@code \n}, {@code \r} and {@code \t} are written as those escapes, other C0 and C1 controls and DEL as
 * {@code \xNN} (Python's {@code unicode_escape}), and a backslash is doubled so that no escape is ambiguous.
 */
public final class ConsoleText {
    private ConsoleText() {
    }

    /** {@code text} with its control characters escaped; the same string when it has none. */
    public static String escape(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            if (needsEscape(text.charAt(i), false)) {
                StringBuilder out = new StringBuilder(text.length() + 16);
                appendEscaped(out, text, false);
                return out.toString();
            }
        }
        return text;
    }

    /**
     * Appends {@code text} escaped to {@code out}; with {@code quote} a {@code "} is written {@code \"} too, as Apache
     * does inside the quoted fields of its access log.
     */
    public static void appendEscaped(StringBuilder out, String text, boolean quote) {
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!needsEscape(c, quote)) {
                continue;
            }
            out.append(text, start, i);
            start = i + 1;
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                default -> out.append("\\x").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xf, 16));
            }
        }
        out.append(text, start, text.length());
    }

    private static boolean needsEscape(char c, boolean quote) {
        return c < 0x20 || (c >= 0x7f && c < 0xa0) || c == '\\' || (quote && c == '"');
    }
}
