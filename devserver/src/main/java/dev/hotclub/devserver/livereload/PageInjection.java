package dev.hotclub.devserver.livereload;

import dev.hotclub.http.FileResponse;
import dev.hotclub.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * Which responses are pages, and where a script goes in them: before the last {@code </body>}, or at the end
 * when there is none (a view may return a fragment, which the browser still shows as a page).
 *
 * <p>Only {@code text/html} bodies held in memory are pages: not JSON, not files or other streamed bodies
 * (their bytes are not in memory, and a file is what it is on disk), not a body with a
 * {@code Content-Encoding} (gzip bytes cannot take an insertion), not 204 or 304 (no body), not a redirect
 * (a 3xx: the browser follows it and never shows its body).
 * The body's bytes are kept as they are around the insertion, whatever their charset.
 */
final class PageInjection {

    private PageInjection() {
    }

    /** Whether a script belongs in {@code response}. */
    static boolean isPage(HttpResponse response) {
        if (response instanceof FileResponse || response.contentLength() < 0
                || response.status() == 204 || response.status() < 200 || response.status() >= 300 && response.status() < 400
                || response.header("Content-Encoding") != null) {
            return false;
        }
        String type = response.contentType();
        if (type == null) {
            return false;
        }
        int semicolon = type.indexOf(';');
        String mediaType = (semicolon < 0 ? type : type.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
        return mediaType.equals("text/html");
    }

    /**
     * {@code response} with {@code script} inserted; the status, headers (an explicit {@code Content-Length}
     * corrected) and cookies are kept.
     */
    static HttpResponse insert(HttpResponse response, String script) {
        Charset charset = response.charset();
        byte[] body = response.content();
        byte[] injected = insert(body, script, charset);
        HttpResponse page = new HttpResponse(injected, response.status(), response.contentType());
        for (Map.Entry<String, String> header : response.headers().entrySet()) {
            page.header(header.getKey(), header.getValue());
        }
        if (page.header("Content-Length") != null) {
            page.header("Content-Length", Long.toString(injected.length));
        }
        response.cookies().forEach(page::setCookie);
        return page;
    }

    /** {@code html} with {@code script} before its last {@code </body>} (any case), or at its end. */
    static String insert(String html, String script) {
        int at = lastBodyEnd(html);
        return at < 0 ? html + script : html.substring(0, at) + script + html.substring(at);
    }

    static byte[] insert(byte[] body, String script, Charset charset) {
        byte[] marker = "</body".getBytes(charset);
        if (!Arrays.equals(marker, "</body".getBytes(StandardCharsets.US_ASCII))) {
            // UTF-16 and the like: the marker is not ASCII bytes, so work on the text.
            return insert(new String(body, charset), script).getBytes(charset);
        }
        byte[] scriptBytes = script.getBytes(charset);
        int at = lastBodyEnd(body);
        int split = at < 0 ? body.length : at;
        byte[] result = new byte[body.length + scriptBytes.length];
        System.arraycopy(body, 0, result, 0, split);
        System.arraycopy(scriptBytes, 0, result, split, scriptBytes.length);
        System.arraycopy(body, split, result, split + scriptBytes.length, body.length - split);
        return result;
    }

    private static int lastBodyEnd(String html) {
        for (int i = html.length() - 6; i >= 0; i--) {
            if (html.regionMatches(true, i, "</body", 0, 6)) {
                return i;
            }
        }
        return -1;
    }

    private static int lastBodyEnd(byte[] body) {
        byte[] marker = {'<', '/', 'b', 'o', 'd', 'y'};
        outer:
        for (int i = body.length - marker.length; i >= 0; i--) {
            for (int j = 0; j < marker.length; j++) {
                byte b = body[i + j];
                if (b != marker[j] && !(b >= 'A' && b <= 'Z' && b + 32 == marker[j])) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
