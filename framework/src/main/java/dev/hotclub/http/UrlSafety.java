package dev.hotclub.http;

import java.util.Locale;
import java.util.Set;

/**
 * Django's {@code django.utils.http.url_has_allowed_host_and_scheme}: whether a URL that came with the request
 * ({@code ?next=}, a form field, {@code Referer}) is safe to redirect to, so that a login page cannot be used
 * to send users to another site (an open redirect).
 *
 * <pre>{@code
 * String next = request.GET().get("next", "/");
 * if (!UrlSafety.urlHasAllowedHostAndScheme(next, Set.of(request.host()), request.isSecure())) {
 *     next = "/";
 * }
 * return redirect(next);
 * }</pre>
 *
 * A URL is safe when it is not empty (after stripping whitespace) and either has no host ({@code /accounts/},
 * {@code ?page=2}) or has one of {@code allowedHosts} exactly (with the port or user info it is written with),
 * and its scheme, if any, is {@code http} or {@code https} ({@code https} only with {@code requireHttps}).
 * It is checked twice, the second time with every {@code \} read as {@code /}, as browsers read it, and a URL
 * starting with {@code ///} or a control character is never safe. The answers are Django 3.2's, case for case.
 */
public final class UrlSafety {
    private UrlSafety() {
    }

    /** Whether {@code url} is safe to redirect to from a site served as one of {@code allowedHosts}. */
    public static boolean urlHasAllowedHostAndScheme(String url, Set<String> allowedHosts, boolean requireHttps) {
        if (url == null) {
            return false;
        }
        String stripped = PythonText.strip(url);
        if (stripped.isEmpty()) {
            return false;
        }
        Set<String> hosts = allowedHosts == null ? Set.of() : allowedHosts;
        // Chrome reads \ as / in paths, but it may also be part of user info: both readings must be safe.
        return isSafe(stripped, hosts, requireHttps) && isSafe(stripped.replace('\\', '/'), hosts, requireHttps);
    }

    /** As {@link #urlHasAllowedHostAndScheme(String, Set, boolean)}, http allowed. */
    public static boolean urlHasAllowedHostAndScheme(String url, Set<String> allowedHosts) {
        return urlHasAllowedHostAndScheme(url, allowedHosts, false);
    }

    /** As {@link #urlHasAllowedHostAndScheme(String, Set, boolean)} with one allowed host. */
    public static boolean urlHasAllowedHostAndScheme(String url, String allowedHost, boolean requireHttps) {
        return urlHasAllowedHostAndScheme(url, allowedHost == null ? Set.of() : Set.of(allowedHost), requireHttps);
    }

    /**
     * The usual call: the request's own host is the one allowed, and https is required when the request came
     * over https ({@code url_has_allowed_host_and_scheme(url, {request.get_host()}, request.is_secure())}).
     */
    public static boolean urlHasAllowedHostAndScheme(String url, HttpRequest request) {
        return urlHasAllowedHostAndScheme(url, request.host(), request.isSecure());
    }

    private static boolean isSafe(String url, Set<String> allowedHosts, boolean requireHttps) {
        // Chrome takes a URL with three slashes as absolute, where urlsplit does not.
        if (url.startsWith("///")) {
            return false;
        }
        SplitUrl parts = SplitUrl.of(url);
        if (parts == null) {
            return false; // an unbalanced [ or ] in the host: Python's "Invalid IPv6 URL"
        }
        // http:///example.com: Chrome takes example.com as the host, urlsplit as the path.
        if (parts.netloc().isEmpty() && !parts.scheme().isEmpty()) {
            return false;
        }
        // Browsers skip some control characters at the start and might read the rest as scheme-relative.
        if (isPythonCategoryC(url.codePointAt(0))) {
            return false;
        }
        String scheme = parts.scheme().isEmpty() && !parts.netloc().isEmpty() ? "http" : parts.scheme();
        boolean hostOk = parts.netloc().isEmpty() || allowedHosts.contains(parts.netloc());
        boolean schemeOk = scheme.isEmpty() || scheme.equals("https") || (!requireHttps && scheme.equals("http"));
        return hostOk && schemeOk;
    }

    /** Unicode's "Other" categories, which Python's {@code unicodedata.category(c)[0] == 'C'} tests. */
    private static boolean isPythonCategoryC(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.PRIVATE_USE
                || type == Character.SURROGATE || type == Character.UNASSIGNED;
    }

    /**
     * The scheme and host part of Django's {@code _urlsplit} (CPython's {@code urlsplit} as Django copies it):
     * a scheme is text before the first {@code :} made only of letters, digits and {@code +-.}; the host is what
     * follows {@code //} up to the next {@code /}, {@code ?} or {@code #}.
     */
    private record SplitUrl(String scheme, String netloc) {
        static SplitUrl of(String url) {
            String scheme = "";
            String rest = url;
            int colon = url.indexOf(':');
            if (colon > 0 && url.substring(0, colon).chars().allMatch(SplitUrl::isSchemeChar)) {
                scheme = url.substring(0, colon).toLowerCase(Locale.ROOT);
                rest = url.substring(colon + 1);
            }
            String netloc = "";
            if (rest.startsWith("//")) {
                int end = rest.length();
                for (char delimiter : new char[] {'/', '?', '#'}) {
                    int at = rest.indexOf(delimiter, 2);
                    if (at >= 0) {
                        end = Math.min(end, at);
                    }
                }
                netloc = rest.substring(2, end);
                if (netloc.contains("[") != netloc.contains("]")) {
                    return null;
                }
            }
            return new SplitUrl(scheme, netloc);
        }

        private static boolean isSchemeChar(int c) {
            return c < 0x80 && (Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.');
        }
    }

    /** Python's {@code str.strip()}: its whitespace is not Java's {@link Character#isWhitespace}. */
    private static final class PythonText {
        static String strip(String s) {
            int start = 0;
            int end = s.length();
            while (start < end && isPythonSpace(s.charAt(start))) {
                start++;
            }
            while (end > start && isPythonSpace(s.charAt(end - 1))) {
                end--;
            }
            return s.substring(start, end);
        }

        // str.isspace(): bidirectional class WS, B or S, or category Zs.
        private static boolean isPythonSpace(char c) {
            return (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x20) || c == 0x85 || c == 0xa0
                    || Character.getType(c) == Character.SPACE_SEPARATOR || c == 0x2028 || c == 0x2029;
        }
    }
}
