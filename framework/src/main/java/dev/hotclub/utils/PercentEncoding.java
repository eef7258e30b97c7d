package dev.hotclub.utils;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding of paths, in one place for the whole framework: decoding the request's path, and the three
 * quotings Django applies (a reversed URL, a redirect's Location, the 404 page's {@code request_path}).
 */
public final class PercentEncoding {
    // Django's escape_uri_path: unreserved characters plus these stay as they are.
    private static final String SAFE_IN_PATH = "/:@&+$,-_.!~*'()";
    // Django's reverse(): quote(url, safe="!$&'()*+,;=/~:@"), plus quote's own always-safe "_.-~".
    private static final String SAFE_IN_REVERSED_URL = "!$&'()*+,;=/~:@_.-";
    // Django's iri_to_uri: quote(iri, safe="/#%[]=:;$&()+,!?*@'~"), plus quote's own always-safe "_.-".
    private static final String SAFE_IN_URI = "/#%[]=:;$&()+,!?*@'~_.-";
    // Django's filepath_to_uri (static files' URLs): quote(path, safe="/~!*()'"), plus quote's own "_.-".
    private static final String SAFE_IN_FILE_PATH = "/~!*()'_.-";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final byte[] REPLACEMENT_CHARACTER = {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD};

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

    /**
     * Django's quoting of a reversed URL: {@code urllib.parse.quote(url, safe="!$&'()*+,;=/~:@")}, then
     * {@link #escapeLeadingSlashes} so that a value starting with {@code /} cannot make a scheme-relative URL.
     */
    public static String quoteReversedUrl(String url) {
        return escapeLeadingSlashes(quote(url, SAFE_IN_REVERSED_URL));
    }

    /**
     * Django's {@code iri_to_uri}, which every redirect's {@code Location} goes through: the text is encoded as
     * UTF-8 and every byte but letters, digits and {@code /#%[]=:;$&()+,!?*@'~_.-} is percent-encoded. An escape
     * already there stays as it is ({@code %} is safe), so {@code /%E2%82%AC/} is unchanged while {@code /€/},
     * {@code \}, a space, {@code <} and every control character (CR, LF, NUL) are encoded:
     * {@code /\evil.com} gives {@code /%5Cevil.com}.
     */
    public static String iriToUri(String iri) {
        return quote(iri, SAFE_IN_URI);
    }

    /** Django's {@code filepath_to_uri}, which a static file's URL goes through: {@code a b.css} gives {@code a%20b.css}. */
    public static String filepathToUri(String path) {
        return quote(path.replace('\\', '/'), SAFE_IN_FILE_PATH);
    }

    /**
     * Django's {@code escape_leading_slashes} (CVE-2018-14574): {@code //evil.example/} in a Location is
     * another site, so a path that starts with two slashes keeps the second one encoded.
     */
    public static String escapeLeadingSlashes(String url) {
        return url.startsWith("//") ? "/%2F" + url.substring(2) : url;
    }

    private static String quote(String text, String safe) {
        int first = 0;
        while (first < text.length() && isSafe(text.charAt(first), safe)) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        byte[] bytes = utf8(text.substring(first));
        for (byte value : bytes) {
            int b = value & 0xff;
            if (b < 0x80 && isSafe((char) b, safe)) {
                out.append((char) b);
            } else {
                out.append('%').append(HEX[b >> 4]).append(HEX[b & 0xf]);
            }
        }
        return out.toString();
    }

    /**
     * UTF-8 bytes, a lone surrogate given as U+FFFD's bytes: {@code getBytes} would write a {@code ?}, which in
     * a URL starts the query.
     */
    private static byte[] utf8(String text) {
        try {
            ByteBuffer encoded = StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .replaceWith(REPLACEMENT_CHARACTER)
                    .encode(CharBuffer.wrap(text));
            byte[] bytes = new byte[encoded.remaining()];
            encoded.get(bytes);
            return bytes;
        } catch (CharacterCodingException impossible) {
            throw new IllegalStateException(impossible); // REPLACE never reports
        }
    }

    private static boolean isSafe(char c, String safe) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || safe.indexOf(c) >= 0;
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
        return utf8RepercentingBrokenBytes(unquoteToBytes(raw, false));
    }

    /**
     * Python's {@code unquote_to_bytes}: each valid {@code %XX} is its byte and an invalid escape ({@code %zz}, a
     * lone {@code %}) stays as written; a character beyond ASCII counts as its UTF-8 bytes. With
     * {@code plusIsSpace}, {@code +} is a space first, as in a query string or an url-encoded form.
     */
    public static byte[] unquoteToBytes(String text, boolean plusIsSpace) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2))) {
                bytes.write(Integer.parseInt(text, i + 1, i + 3, 16));
                i += 2;
            } else if (c < 0x80) {
                bytes.write(plusIsSpace && c == '+' ? ' ' : c);
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < text.length() ? i + 2 : i + 1;
                bytes.writeBytes(text.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end - 1;
            }
        }
        return bytes.toByteArray();
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
                out.put('%').put(HEX[b >> 4]).put(HEX[b & 0xf]);
            }
        }
    }

    private static boolean isHex(char c) {
        return c < 0x80 && Character.digit(c, 16) >= 0;
    }
}
