package dev.hotclub.http.internal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Percent-encoding of paths: decoding the request's path, encoding it again for Location headers and logs. */
public final class PercentEncoding {
    // Django's escape_uri_path: unreserved characters plus these stay as they are.
    private static final String SAFE_IN_PATH = "/:@&+$,-_.!~*'()";

    private PercentEncoding() {
    }

    /** Django's {@code escape_uri_path}: {@code /café/a b} gives {@code /caf%C3%A9/a%20b}. */
    public static String escapeUriPath(String path) {
        return quote(path, SAFE_IN_PATH);
    }

    /**
     * Python's {@code urllib.parse.quote(path)}, which Django's {@code page_not_found} gives 404.html as
     * {@code request_path}: only letters, digits, {@code _.-~} and {@code /} stay as they are.
     */
    public static String quote(String path) {
        return quote(path, "/_.-~");
    }

    private static String quote(String path, String safe) {
        StringBuilder out = null;
        byte[] bytes = path.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            boolean keep = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')
                    || (b < 0x80 && safe.indexOf(b) >= 0);
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

    /**
     * The request path as Django's WSGI handler makes it ({@code request.path}) from the raw path of the request
     * line: each valid {@code %XX} is decoded to its byte and an invalid escape ({@code %zz}, a lone {@code %})
     * stays as written, as Python's {@code unquote}; the bytes are then read as UTF-8, and any byte that is not
     * part of valid UTF-8 is percent-encoded again ({@code /%FF/} stays {@code /%FF/}), as Django's
     * {@code repercent_broken_unicode}. A character beyond ASCII in {@code raw} counts as its UTF-8 bytes.
     */
    public static String decodePath(String raw) {
        if (raw.indexOf('%') < 0) {
            return raw;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length() && isHex(raw.charAt(i + 1)) && isHex(raw.charAt(i + 2))) {
                bytes.write(Integer.parseInt(raw, i + 1, i + 3, 16));
                i += 2;
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < raw.length() ? i + 2 : i + 1;
                bytes.writeBytes(raw.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end - 1;
            }
        }
        return utf8RepercentingBrokenBytes(bytes.toByteArray());
    }

    private static String utf8RepercentingBrokenBytes(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length * 3);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isUnderflow()) {
                decoder.flush(out);
                return out.flip().toString();
            }
            // Malformed: each byte of the broken sequence is written as %XX, and decoding goes on after it.
            for (int n = result.length(); n > 0; n--) {
                int b = in.get() & 0xff;
                out.put('%').put(Character.toUpperCase(Character.forDigit(b >> 4, 16)))
                        .put(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
    }

    private static boolean isHex(char c) {
        return c < 0x80 && Character.digit(c, 16) >= 0;
    }
}
