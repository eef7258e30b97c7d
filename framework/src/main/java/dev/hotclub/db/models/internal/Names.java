package dev.hotclub.db.models.internal;

import java.util.Locale;

/** How Django turns Python names into columns and words, for Java's camelCase names. */
public final class Names {
    private Names() {
    }

    /** {@code pubDate} -> {@code pub_date}, {@code HTTPStatus} -> {@code http_status}. */
    public static String snakeCase(String camel) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c)) {
                boolean prevLower = i > 0 && !Character.isUpperCase(camel.charAt(i - 1)) && camel.charAt(i - 1) != '_';
                boolean nextLower = i > 0 && i + 1 < camel.length() && Character.isLowerCase(camel.charAt(i + 1))
                        && Character.isUpperCase(camel.charAt(i - 1));
                if (prevLower || nextLower) {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** {@code pubDate} -> {@code pub date}; {@code PollQuestion} -> {@code poll question} (Django's verbose names). */
    public static String words(String camel) {
        return snakeCase(camel).replace('_', ' ').trim().toLowerCase(Locale.ROOT);
    }
}
