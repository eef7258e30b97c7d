package dev.hotclub.http;

import dev.hotclub.utils.PercentEncoding;
import java.util.Locale;
import java.util.Set;

/**
 * A 302 to {@link #url()} (Django's {@code HttpResponseRedirect}); {@link HttpResponsePermanentRedirect} is
 * the 301. As Django's, the URL goes into {@code Location} through {@code iri_to_uri}: UTF-8 percent-encoded,
 * escapes already there kept ({@code /%E2%82%AC/x} stays), and {@code \}, spaces, {@code <}, CR, LF, NUL and
 * every other byte a URL may not carry encoded ({@code /\evil.com} is sent as {@code /%5Cevil.com}).
 * Only relative URLs and {@code http}, {@code https} and {@code ftp} URLs are allowed: anything else
 * ({@code javascript:}, {@code data:}) is a {@link DisallowedRedirect}.
 * {@link Shortcuts#redirect(String, Object...)} builds one from a URL name. A redirect to a URL that came with
 * the request ({@code ?next=}) should first pass {@link UrlSafety#urlHasAllowedHostAndScheme}.
 */
public class HttpResponseRedirect extends HttpResponse {
    private static final Set<String> ALLOWED_SCHEMES = Set.of("http", "https", "ftp");

    private final String url;

    public HttpResponseRedirect(String url) {
        this(url, 302);
    }

    HttpResponseRedirect(String url, int status) {
        super("", status);
        this.url = PercentEncoding.iriToUri(checkedUrl(url));
        header("Location", this.url);
    }

    /** The URL this redirects to as sent in {@code Location}, encoded (Django's {@code url}). */
    public String url() {
        return url;
    }

    static String checkedUrl(String url) {
        if (url == null) {
            throw new IllegalArgumentException("Cannot redirect to a null URL");
        }
        String scheme = schemeOf(url);
        if (scheme != null && !ALLOWED_SCHEMES.contains(scheme)) {
            throw new DisallowedRedirect("Unsafe redirect to URL with protocol '" + scheme + "': "
                    + JavaString.quote(url) + ". Only relative URLs and http, https and ftp URLs are allowed.");
        }
        return url;
    }

    /**
     * The scheme as a browser would read it: leading spaces and control characters are skipped and tabs, CRs
     * and LFs are ignored (WHATWG URL parsing, which Python's {@code urlsplit} also follows), so
     * {@code " java\tscript:"} and {@code "java\nscript:"} are still {@code javascript}.
     */
    private static String schemeOf(String url) {
        String s = url.replace("\t", "").replace("\r", "").replace("\n", "");
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
