package dev.hotclub.utils;

import java.net.URLConnection;
import java.util.Locale;
import java.util.Map;

/** The content type of a file from its name: the JDK's table, plus the web types it lacks. */
public final class MediaTypes {
    private static final Map<String, String> MISSING_FROM_JDK = Map.of(
            "mjs", "text/javascript", "woff", "font/woff", "woff2", "font/woff2", "ico", "image/x-icon",
            "map", "application/json", "wasm", "application/wasm");

    private MediaTypes() {
    }

    /** E.g. {@code text/css; charset=utf-8} for {@code site.css}; {@code application/octet-stream} when unknown. */
    public static String guess(String fileName) {
        String type = URLConnection.guessContentTypeFromName(fileName);
        if (type == null) {
            int dot = fileName.lastIndexOf('.');
            type = dot < 0 ? null : MISSING_FROM_JDK.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
        }
        if (type == null) {
            return "application/octet-stream";
        }
        return type.startsWith("text/") || type.equals("image/svg+xml") ? type + "; charset=utf-8" : type;
    }
}
