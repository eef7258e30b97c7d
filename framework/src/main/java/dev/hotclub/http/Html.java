package dev.hotclub.http;

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
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            String replacement = switch (s.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#x27;";
                default -> null;
            };
            if (replacement != null && out == null) {
                out = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(s.charAt(i));
                }
            }
        }
        return out == null ? s : out.toString();
    }
}
