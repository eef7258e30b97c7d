package dev.hotclub.urls.internal;

import java.nio.charset.StandardCharsets;

/**
 * Django's quoting of a reversed URL: {@code urllib.parse.quote(url, safe="!$&'()*+,;=/~:@")}, then
 * {@code escape_leading_slashes} so that a value starting with {@code /} cannot make a
 * scheme-relative URL ({@code //evil.example}).
 */
public final class PercentEncoding {

    private static final String SAFE = "!$&'()*+,;=/~:@";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PercentEncoding() {
    }

    public static String quoteUrl(String url) {
        String quoted = quote(url);
        return quoted.startsWith("//") ? "/%2F" + quoted.substring(2) : quoted;
    }

    static String quote(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSafe(c)) {
                if (sb != null) {
                    sb.append(c);
                }
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            int end = Character.isHighSurrogate(c) && i + 1 < text.length() ? i + 2 : i + 1;
            for (byte b : text.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                sb.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
            i = end - 1;
        }
        return sb == null ? text : sb.toString();
    }

    private static boolean isSafe(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '_' || c == '.' || c == '-' || c == '~' || SAFE.indexOf(c) >= 0;
    }
}
