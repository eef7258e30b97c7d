package dev.hotclub.http.internal;

import java.nio.charset.StandardCharsets;

/** Percent-encoding of paths for Location headers and logs. */
public final class PercentEncoding {
    // Django's escape_uri_path: unreserved characters plus these stay as they are.
    private static final String SAFE_IN_PATH = "/:@&+$,-_.!~*'()";

    private PercentEncoding() {
    }

    /** Django's {@code escape_uri_path}: {@code /café/a b} gives {@code /caf%C3%A9/a%20b}. */
    public static String escapeUriPath(String path) {
        StringBuilder out = null;
        byte[] bytes = path.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            boolean keep = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')
                    || (b < 0x80 && SAFE_IN_PATH.indexOf(b) >= 0);
            if (!keep && out == null) {
                out = new StringBuilder(bytes.length + 16).append(new String(bytes, 0, i, StandardCharsets.US_ASCII));
            }
            if (out != null) {
                if (keep) {
                    out.append((char) b);
                } else {
                    out.append('%').append(Character.toUpperCase(Character.forDigit(b >> 4, 16)))
                            .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
                }
            }
        }
        return out == null ? path : out.toString();
    }
}
