package dev.hotclub.http.internal;

import dev.hotclub.http.DisallowedHost;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Django 3.2's host checks ({@code django.http.request.split_domain_port} and {@code validate_host},
 * {@code django.utils.http.is_same_domain}), answer for answer.
 */
public final class HostValidation {
    private static final Pattern HOST = Pattern.compile("^([a-z0-9.-]+|\\[[a-f0-9]*:[a-f0-9.:]+])(:\\d+)?$");
    /** What ALLOWED_HOSTS means when it is empty and DEBUG is on. */
    public static final List<String> DEBUG_LOCAL_HOSTS = List.of(".localhost", "127.0.0.1", "[::1]");

    private HostValidation() {
    }

    /** A host (lower-cased) and its port, each empty when absent; both empty when {@code host} is malformed. */
    public record DomainPort(String domain, String port) {
    }

    /**
     * {@code host} when ALLOWED_HOSTS ({@code allowedHosts}; with DEBUG on and none, the localhost names) accepts it,
     * as Django's {@code get_host()}; otherwise a {@link DisallowedHost} saying what to add to ALLOWED_HOSTS.
     */
    public static String checked(String host, List<String> allowedHosts, boolean debug) {
        List<String> allowed = debug && allowedHosts.isEmpty() ? DEBUG_LOCAL_HOSTS : allowedHosts;
        DomainPort split = splitDomainPort(host);
        if (!split.domain().isEmpty() && validateHost(split.domain(), allowed)) {
            return host;
        }
        String message = "Invalid HTTP_HOST header: " + repr(host) + ".";
        throw new DisallowedHost(split.domain().isEmpty()
                ? message + " The domain name provided is not valid according to RFC 1034/1035."
                : message + " You may need to add " + repr(split.domain()) + " to ALLOWED_HOSTS"
                        + " (the ALLOWED_HOSTS environment variable, comma-separated, or Project.Builder.allowedHosts).");
    }

    private static String repr(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    /** Splits {@code host} into domain and port; a trailing dot is removed from the domain. */
    public static DomainPort splitDomainPort(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        if (!isNameWithPort(lower) && !HOST.matcher(lower).matches()) {
            return new DomainPort("", "");
        }
        if (lower.endsWith("]")) {
            return new DomainPort(lower, ""); // an IPv6 address without a port
        }
        int colon = lower.lastIndexOf(':');
        String domain = colon < 0 ? lower : lower.substring(0, colon);
        String port = colon < 0 ? "" : lower.substring(colon + 1);
        if (domain.endsWith(".")) {
            domain = domain.substring(0, domain.length() - 1);
        }
        return new DomainPort(domain, port);
    }

    /**
     * The first alternative of {@link #HOST} without a regex, for the host of nearly every request
     * ({@code example.com:8000}): one name of {@code [a-z0-9.-]}, then an optional {@code :} and digits. The
     * regex cost a request a tenth of its time in the framework (benchmarks/README.md).
     */
    private static boolean isNameWithPort(String lower) {
        int i = 0;
        int n = lower.length();
        while (i < n && isNameChar(lower.charAt(i))) {
            i++;
        }
        if (i == 0) {
            return false;
        }
        if (i == n) {
            return true;
        }
        if (lower.charAt(i) != ':' || i == n - 1) {
            return false;
        }
        for (int d = i + 1; d < n; d++) {
            char c = lower.charAt(d);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isNameChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '-';
    }

    /**
     * Whether {@code domain} (lower case, without its port) matches one of {@code allowedHosts}: {@code *} matches
     * anything, {@code .example.com} matches example.com and its subdomains, anything else must match exactly.
     */
    public static boolean validateHost(String domain, List<String> allowedHosts) {
        for (String pattern : allowedHosts) {
            if (pattern.equals("*") || isSameDomain(domain, pattern)) {
                return true;
            }
        }
        return false;
    }

    /** Django's {@code is_same_domain}: {@code pattern} is a name, or {@code .name} for it and its subdomains. */
    public static boolean isSameDomain(String host, String pattern) {
        if (pattern.isEmpty()) {
            return false;
        }
        String p = pattern.toLowerCase(Locale.ROOT);
        return p.charAt(0) == '.' && (host.endsWith(p) || host.equals(p.substring(1))) || p.equals(host);
    }
}
