package dev.hotclub.http;

import dev.hotclub.utils.HttpDates;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * A cookie to set on a response, with Django's {@code set_cookie} options. Immutable: each {@code withX}
 * gives a copy.
 *
 * <pre>{@code
 * response.setCookie(Cookie.of("theme", "dark").withMaxAge(Duration.ofDays(30)).withHttpOnly(true));
 * }</pre>
 *
 * @param maxAge   how long the browser keeps it; {@code null} for a session cookie
 * @param domain   {@code null} for the request's host only
 * @param sameSite {@code Lax}, {@code Strict}, {@code None}, or {@code null} to send no attribute
 */
public record Cookie(String name, String value, Duration maxAge, String path, String domain,
                     boolean secure, boolean httpOnly, String sameSite) {
    public Cookie {
        if (name == null || name.isEmpty() || !name.chars().allMatch(Cookie::isTokenChar)) {
            throw new IllegalArgumentException("Cookie name " + (name == null ? "null" : JavaString.quote(name))
                    + " is not a valid name: use letters, digits and !#$%&'*+-.^_`|~");
        }
        if (value == null || !value.chars().allMatch(Cookie::isValueChar)) {
            throw new IllegalArgumentException("Cookie " + name + " has the value "
                    + (value == null ? "null" : JavaString.quote(value))
                    + ", which a browser would not keep intact (spaces, quotes, commas, semicolons, backslashes"
                    + " and control characters are not allowed): encode it first, e.g. with URLEncoder");
        }
        requireAttribute(name, "path", path);
        requireAttribute(name, "domain", domain);
        if (sameSite != null && !sameSite.matches("(?i)lax|strict|none")) {
            throw new IllegalArgumentException("Cookie " + name + ": sameSite must be Lax, Strict or None, got "
                    + JavaString.quote(sameSite));
        }
    }

    /** A session cookie for the whole site (path {@code /}). */
    public static Cookie of(String name, String value) {
        return new Cookie(name, value, null, "/", null, false, false, null);
    }

    static Cookie deletion(String name) {
        return new Cookie(name, "", Duration.ZERO, "/", null, false, false, null);
    }

    public Cookie withMaxAge(Duration maxAge) {
        return new Cookie(name, value, maxAge, path, domain, secure, httpOnly, sameSite);
    }

    public Cookie withPath(String path) {
        return new Cookie(name, value, maxAge, path, domain, secure, httpOnly, sameSite);
    }

    public Cookie withDomain(String domain) {
        return new Cookie(name, value, maxAge, path, domain, secure, httpOnly, sameSite);
    }

    public Cookie withSecure(boolean secure) {
        return new Cookie(name, value, maxAge, path, domain, secure, httpOnly, sameSite);
    }

    public Cookie withHttpOnly(boolean httpOnly) {
        return new Cookie(name, value, maxAge, path, domain, secure, httpOnly, sameSite);
    }

    public Cookie withSameSite(String sameSite) {
        return new Cookie(name, value, maxAge, path, domain, secure, httpOnly, sameSite);
    }

    /** The {@code Set-Cookie} value, attributes in the order Django's {@code SimpleCookie} writes them. */
    public String toHeaderValue() {
        return toHeaderValue(Clock.systemUTC());
    }

    String toHeaderValue(Clock clock) {
        StringBuilder out = new StringBuilder(name).append('=').append(value);
        if (domain != null) {
            out.append("; Domain=").append(domain);
        }
        if (maxAge != null) {
            ZonedDateTime expires = maxAge.isZero()
                    ? ZonedDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)
                    : ZonedDateTime.now(clock.withZone(ZoneOffset.UTC)).plus(maxAge);
            out.append("; expires=").append(HttpDates.format(expires));
        }
        if (httpOnly) {
            out.append("; HttpOnly");
        }
        if (maxAge != null) {
            out.append("; Max-Age=").append(maxAge.toSeconds());
        }
        if (path != null) {
            out.append("; Path=").append(path);
        }
        if (sameSite != null) {
            out.append("; SameSite=").append(sameSite);
        }
        if (secure) {
            out.append("; Secure");
        }
        return out.toString();
    }

    // A control character would split the Set-Cookie header, a ';' would add an attribute of its own.
    private static void requireAttribute(String cookie, String attribute, String value) {
        if (value != null && !value.chars().allMatch(c -> c >= 0x20 && c != 0x7f && c != ';')) {
            throw new IllegalArgumentException("Cookie " + cookie + " has the " + attribute + " "
                    + JavaString.quote(value) + ": a " + attribute
                    + " may not contain control characters (CR, LF, NUL...) or ';'");
        }
    }

    private static boolean isTokenChar(int c) {
        return c > 0x20 && c < 0x7f && "()<>@,;:\\\"/[]?={}".indexOf(c) < 0;
    }

    private static boolean isValueChar(int c) {
        return c > 0x20 && c < 0x7f && c != '"' && c != ',' && c != ';' && c != '\\';
    }
}
