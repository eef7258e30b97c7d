package dev.hotclub.middleware.internal;

import dev.hotclub.http.HttpRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code CSRF_TRUSTED_ORIGINS} as Django reads it (4.0's format, with the scheme): exact origins
 * ({@code https://example.com}) and subdomain wildcards ({@code https://*.example.com}).
 */
public final class TrustedOrigins {
    private final Set<String> exact = new HashSet<>();
    // scheme -> ".example.com"
    private final List<String[]> subdomains = new ArrayList<>();
    private final List<String> hosts = new ArrayList<>();

    public TrustedOrigins(List<String> origins) {
        for (String origin : origins) {
            int sep = origin.indexOf("://");
            String scheme = origin.substring(0, sep).toLowerCase(Locale.ROOT);
            String netloc = origin.substring(sep + 3);
            int slash = netloc.indexOf('/');
            if (slash >= 0) {
                netloc = netloc.substring(0, slash);
            }
            String host = netloc.startsWith("*") ? netloc.substring(1) : netloc;
            hosts.add(host);
            if (origin.contains("*")) {
                subdomains.add(new String[] {scheme, host});
            } else {
                exact.add(origin);
            }
        }
    }

    /** Django's {@code _origin_verified}. */
    public boolean originVerified(HttpRequest request, String origin) {
        String good = (request.isSecure() ? "https" : "http") + "://" + request.host();
        if (origin.equals(good) || exact.contains(origin)) {
            return true;
        }
        URI uri;
        try {
            uri = new URI(origin);
        } catch (URISyntaxException e) {
            return false;
        }
        if (uri.getScheme() == null || uri.getRawAuthority() == null) {
            return false;
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        for (String[] sub : subdomains) {
            if (sub[0].equals(scheme) && isSameDomain(uri.getRawAuthority(), sub[1])) {
                return true;
            }
        }
        return false;
    }

    /** Whether a Referer's host matches a trusted origin's host (Django's {@code csrf_trusted_origins_hosts}). */
    public boolean refererTrusted(String netloc) {
        return hosts.stream().anyMatch(h -> isSameDomain(netloc, h));
    }

    /**
     * Django's {@code is_same_domain}: {@code .example.com} matches {@code example.com} and its subdomains;
     * any other pattern only itself.
     */
    public static boolean isSameDomain(String host, String pattern) {
        if (pattern == null || pattern.isEmpty() || host == null) {
            return false;
        }
        String p = pattern.toLowerCase(Locale.ROOT);
        String h = host.toLowerCase(Locale.ROOT);
        return p.charAt(0) == '.' ? h.endsWith(p) || h.equals(p.substring(1)) : p.equals(h);
    }
}
