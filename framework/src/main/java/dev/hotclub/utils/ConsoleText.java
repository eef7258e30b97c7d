package dev.hotclub.utils;

import java.io.PrintStream;

/**
 * Text from a request made safe to print on the console: a path carrying ESC or a newline must not colour the
 * terminal or forge a log line (Django's fix for CVE-2025-48432). Every console line that shows something a
 * request sent goes through here: the request log, {@code Not Found: ...}, {@code Bad Request: ...},
 * {@code Internal Server Error: ...} and the stack trace that follows it.
 */
public final class ConsoleText {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private ConsoleText() {
    }

    /**
     * What Django's {@code log_response} prints for a value ({@code "Not Found: %s"}): Python's
     * {@code unicode_escape}. {@code \}, tab, CR and LF become {@code \\ \t \r \n}; other characters outside
     * printable ASCII become {@code \xNN}, <code>&#92;uNNNN</code> or {@code \UNNNNNNNN} (lower-case hex, as Python
     * writes them). ESC gives {@code \x1b}, {@code é} gives {@code \xe9}, as on Django's console.
     */
    public static String escape(String text) {
        if (isPlain(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c >= 0x20 && c < 0x7f) {
                        out.append((char) c);
                    } else if (c < 0x100) {
                        hex(out.append("\\x"), c, 2);
                    } else if (c < 0x10000) {
                        hex(out.append("\\u"), c, 4);
                    } else {
                        hex(out.append("\\U"), c, 8);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * What Django's runserver prints in its request log line (Python's {@code http.server} log_message): C0
     * controls, DEL and C1 controls become {@code \xNN} and {@code \} becomes {@code \\}; everything else,
     * non-ASCII text included, is kept. A newline gives {@code \x0a}.
     */
    public static String escapeControls(String text) {
        if (isPlain(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                out.append("\\\\");
            } else if (isControl(c)) {
                hex(out.append("\\x"), c, 2);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * {@link Throwable#printStackTrace(PrintStream)}, repeated frames folded ({@link RepeatedFrames}), readable
     * and safe: a multi-line message (FreeMarker's, with its FTL stack; an {@code ImproperlyConfigured} that lists
     * what to do) keeps its lines, each one after the first indented by {@value #CONTINUATION}, so that no text
     * of a message, which may quote the request ({@code For input string: "..."}), can start a line of its own
     * that reads as a new log record. Every other control character (ESC, CR, BEL...) is escaped as
     * {@link #escapeControls} escapes it; the tabs that indent the frames and the message's own lines are kept.
     */
    public static void printStackTrace(Throwable error, PrintStream console) {
        PrintStream escaping = new PrintStream(console, false) {
            @Override
            public void println(Object line) {
                println(String.valueOf(line));
            }

            @Override
            public void println(String line) {
                int indent = 0;
                while (indent < line.length() && line.charAt(indent) == '\t') {
                    indent++;
                }
                String[] parts = line.substring(indent).split("\r?\n", -1);
                String prefix = line.substring(0, indent);
                console.println(prefix + escapeKeepingTabs(parts[0]));
                for (int i = 1; i < parts.length; i++) {
                    console.println(prefix + CONTINUATION + escapeKeepingTabs(parts[i]));
                }
            }
        };
        RepeatedFrames.print(error, escaping); // a StackOverflowError is a dozen lines, not a thousand
        escaping.flush();
    }

    /** How a message's second and later lines start in a stack trace. */
    static final String CONTINUATION = "    ";

    private static String escapeKeepingTabs(String text) {
        if (text.indexOf('\t') < 0) {
            return escapeControls(text);
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (String piece : text.split("\t", -1)) {
            out.append(escapeControls(piece)).append('\t');
        }
        return out.substring(0, out.length() - 1);
    }

    private static boolean isPlain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c >= 0x7f || c == '\\') {
                return false;
            }
        }
        return true;
    }

    private static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7f && c < 0xa0);
    }

    private static void hex(StringBuilder out, int value, int digits) {
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
            out.append(HEX[(value >> shift) & 0xf]);
        }
    }
}
