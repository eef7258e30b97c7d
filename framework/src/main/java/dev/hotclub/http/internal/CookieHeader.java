package dev.hotclub.http.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the {@code Cookie} request header. */
public final class CookieHeader {
    private CookieHeader() {
    }

    /** Django's {@code parse_cookie}: {@code ;}-separated {@code name=value} pairs, the last of a name wins. */
    public static Map<String, String> parse(List<String> headerValues) {
        Map<String, String> cookies = new LinkedHashMap<>();
        for (String header : headerValues) {
            for (String chunk : header.split(";")) {
                int eq = chunk.indexOf('=');
                String key = eq < 0 ? "" : chunk.substring(0, eq).trim();
                String value = (eq < 0 ? chunk : chunk.substring(eq + 1)).trim();
                if (!key.isEmpty() || !value.isEmpty()) {
                    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                        value = value.substring(1, value.length() - 1);
                    }
                    cookies.put(key, value);
                }
            }
        }
        return Collections.unmodifiableMap(cookies);
    }
}
