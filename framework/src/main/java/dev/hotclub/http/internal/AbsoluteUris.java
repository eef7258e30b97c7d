package dev.hotclub.http.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Django's {@code HttpRequest.build_absolute_uri(location)}: {@code location} resolved against the request's
 * scheme, host and path as Python's {@code urljoin} does (RFC 3986), then made a URI as {@code iri_to_uri}.
 */
public final class AbsoluteUris {
    // Python's urlsplit: scheme, then //netloc, then path, ?query and #fragment.
    private static final Pattern SPLIT = Pattern.compile(
            "^(?:(?<scheme>[A-Za-z][A-Za-z0-9+.-]*):)?(?://(?<netloc>[^/?#]*))?(?<path>[^?#]*)(?:\\?(?<query>[^#]*))?(?:#(?<fragment>.*))?$",
            Pattern.DOTALL);
    private static final String IRI_SAFE = "/#%[]=:;$&()+,!?*@'~_.-";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private AbsoluteUris() {
    }

    /** {@code location} made absolute against {@code schemeHost} ({@code https://example.com}) and {@code path}. */
    public static String build(String schemeHost, String path, String location) {
        Matcher bits = split(location);
        String scheme = bits.group("scheme");
        String netloc = bits.group("netloc");
        String result = location;
        if (isEmpty(scheme) || isEmpty(netloc)) {
            String bitsPath = bits.group("path");
            if (bitsPath.startsWith("/") && isEmpty(scheme) && isEmpty(netloc)
                    && !bitsPath.contains("/./") && !bitsPath.contains("/../")) {
                // The common case, without a urljoin; "//" with no host reuses the request's.
                result = schemeHost + (location.startsWith("//") ? location.substring(2) : location);
            } else {
                result = urljoin(schemeHost + path, location);
            }
        }
        return iriToUri(result);
    }

    private static Matcher split(String url) {
        Matcher m = SPLIT.matcher(url);
        if (!m.matches()) {
            throw new IllegalStateException("unreachable: every string splits");
        }
        return m;
    }

    /** Python's {@code urllib.parse.urljoin} for an absolute http(s) {@code base}. */
    static String urljoin(String base, String url) {
        if (url.isEmpty()) {
            return base;
        }
        Matcher b = split(base);
        Matcher u = split(url);
        String scheme = u.group("scheme");
        if (scheme != null && !scheme.equalsIgnoreCase(b.group("scheme"))) {
            return url;
        }
        scheme = b.group("scheme");
        if (u.group("netloc") != null) {
            return u.group("scheme") != null ? url : scheme + ":" + url;
        }
        String netloc = b.group("netloc");
        String path = u.group("path");
        String query = u.group("query");
        String fragment = u.group("fragment");
        String basePath = b.group("path");
        if (path.isEmpty() && u.group("query") == null) {
            path = basePath;
            query = b.group("query");
        } else if (path.isEmpty()) {
            path = basePath;
        } else {
            path = mergePath(basePath, path);
        }
        StringBuilder out = new StringBuilder(scheme).append("://").append(netloc);
        if (!path.startsWith("/")) {
            out.append('/');
        }
        out.append(path);
        if (query != null) {
            out.append('?').append(query);
        }
        if (fragment != null) {
            out.append('#').append(fragment);
        }
        return out.toString();
    }

    private static String mergePath(String basePath, String path) {
        List<String> segments;
        if (path.startsWith("/")) {
            segments = new ArrayList<>(Arrays.asList(path.split("/", -1)));
        } else {
            List<String> baseParts = new ArrayList<>(Arrays.asList(basePath.split("/", -1)));
            if (!baseParts.get(baseParts.size() - 1).isEmpty()) {
                baseParts.remove(baseParts.size() - 1);
            }
            segments = new ArrayList<>(baseParts);
            segments.addAll(Arrays.asList(path.split("/", -1)));
            // Empty segments in the middle are dropped, as Python's urljoin does.
            List<String> middle = segments.subList(1, segments.size() - 1).stream().filter(s -> !s.isEmpty()).toList();
            String first = segments.get(0);
            String last = segments.get(segments.size() - 1);
            segments = new ArrayList<>();
            segments.add(first);
            segments.addAll(middle);
            segments.add(last);
        }
        List<String> resolved = new ArrayList<>();
        for (String segment : segments) {
            if (segment.equals("..")) {
                if (!resolved.isEmpty()) {
                    resolved.remove(resolved.size() - 1);
                }
            } else if (!segment.equals(".")) {
                resolved.add(segment);
            }
        }
        String last = segments.get(segments.size() - 1);
        if (last.equals(".") || last.equals("..")) {
            resolved.add("");
        }
        String joined = String.join("/", resolved);
        return joined.isEmpty() ? "/" : joined;
    }

    /** Django's {@code iri_to_uri}: UTF-8 percent-encoding of what a URI may not hold, the rest kept. */
    static String iriToUri(String iri) {
        StringBuilder out = new StringBuilder(iri.length());
        for (byte b : iri.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || IRI_SAFE.indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }

    private static boolean isEmpty(String s) {
        return s == null || s.isEmpty();
    }
}
