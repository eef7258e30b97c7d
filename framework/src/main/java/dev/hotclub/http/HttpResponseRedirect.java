package dev.hotclub.http;

import java.util.Locale;
import java.util.Set;

/**
 * A 302 to {@link #url()} (Django's {@code HttpResponseRedirect}); {@link HttpResponsePermanentRedirect} is
 * the 301. Only relative URLs and {@code http}, {@code https} and {@code ftp} URLs are allowed: anything else
 * ({@code javascript:}, {@code data:}) is a {@link DisallowedRedirect}, and so is a CR or LF in the URL.
 * {@link Shortcuts#redirect(String, Object...)} builds one from a URL name.
 */
public class HttpResponseRedirect extends HttpResponse {
    private static final Set<String> ALLOWED_SCHEMES = Set.of("http", "https", "ftp");

    private final String url;

    public HttpResponseRedirect(String url) {
        this(url, 302);
    }

    HttpResponseRedirect(String url, int status) {
        super("", status);
        this.url = checkedUrl(url);
        header("Location", url);
    }

    /** The URL this redirects to, as given (the {@code Location} header). */
    public String url() {
        return url;
    }

    static String checkedUrl(String url) {
        if (url == null) {
            throw new IllegalArgumentException("Cannot redirect to a null URL");
        }
        if (url.indexOf('\r') >= 0 || url.indexOf('\n') >= 0) {
            throw new DisallowedRedirect("Refusing to redirect to " + JavaString.quote(url)
                    + ": a URL with a CR or LF in it would split the response headers.");
        }
        String scheme = schemeOf(url);
        if (scheme != null && !ALLOWED_SCHEMES.contains(scheme)) {
            throw new DisallowedRedirect("Unsafe redirect to URL with protocol '" + scheme + "': "
                    + JavaString.quote(url) + ". Only relative URLs and http, https and ftp URLs are allowed.");
        }
        return url;
    }

    /**
     * The scheme as a browser would read it: leading spaces and control characters are skipped and tabs are
     * ignored (WHATWG URL parsing, which Python's {@code urlsplit} also follows), so {@code " java\tscript:"}
     * is still {@code javascript}.
     */
    private static String schemeOf(String url) {
        String s = url.replace("\t", "");
        int start = 0;
        while (start < s.length() && s.charAt(start) <= 0x20) {
            start++;
        }
        int colon = s.indexOf(':', start);
        if (colon <= start) {
            return null;
        }
        String candidate = s.substring(start, colon);
        return candidate.matches("[A-Za-z][A-Za-z0-9+.-]*") ? candidate.toLowerCase(Locale.ROOT) : null;
    }
}
