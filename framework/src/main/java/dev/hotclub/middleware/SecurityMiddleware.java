package dev.hotclub.middleware;

import dev.hotclub.http.HttpRequest;
import dev.hotclub.http.HttpResponse;
import dev.hotclub.http.HttpResponsePermanentRedirect;
import dev.hotclub.conf.Setting;
import dev.hotclub.conf.Settings;
import dev.hotclub.http.Middleware;

/**
 * Django's {@code SecurityMiddleware}, first in the list: with {@code secureSslRedirect(true)} an http request
 * is sent to the same URL over https (301); on the way out it adds, unless the response has them,
 * {@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy: same-origin} and, for https requests with
 * {@code secureHsts(...)} set, {@code Strict-Transport-Security}.
 */
public final class SecurityMiddleware implements Middleware {
    /** Django's {@code SECURE_SSL_REDIRECT}: redirect every http request to https (off by default). */
    public static final Setting<Boolean> SECURE_SSL_REDIRECT = Setting.bool("SECURE_SSL_REDIRECT", false,
            "Redirect every http request to https.");
    /** Django's {@code SECURE_HSTS_SECONDS}: the {@code Strict-Transport-Security} max-age; 0 (default) for none. */
    public static final Setting<Long> SECURE_HSTS_SECONDS = Setting.longInteger("SECURE_HSTS_SECONDS", 0, 0,
            "The Strict-Transport-Security max-age on https responses; 0 sends none.");
    /** Django's {@code SECURE_HSTS_INCLUDE_SUBDOMAINS}. */
    public static final Setting<Boolean> SECURE_HSTS_INCLUDE_SUBDOMAINS = Setting.bool(
            "SECURE_HSTS_INCLUDE_SUBDOMAINS", false, "Adds includeSubDomains to Strict-Transport-Security.");
    /** Django's {@code SECURE_HSTS_PRELOAD}. */
    public static final Setting<Boolean> SECURE_HSTS_PRELOAD = Setting.bool("SECURE_HSTS_PRELOAD", false,
            "Adds preload to Strict-Transport-Security.");
    /** Django's {@code SECURE_REFERRER_POLICY}: {@code same-origin} by default; null or empty sends none. */
    public static final Setting<String> SECURE_REFERRER_POLICY = Setting.text("SECURE_REFERRER_POLICY", "same-origin",
            "The Referrer-Policy header; empty sends none.");
    /** Django's {@code SECURE_CONTENT_TYPE_NOSNIFF}: on by default. */
    public static final Setting<Boolean> SECURE_CONTENT_TYPE_NOSNIFF = Setting.bool("SECURE_CONTENT_TYPE_NOSNIFF", true,
            "Sends X-Content-Type-Options: nosniff.");

    @Override
    public HttpResponse process(HttpRequest request, Next next) throws Exception {
        Settings settings = request.settings();
        if (settings.get(SECURE_SSL_REDIRECT) && !request.isSecure()) {
            return new HttpResponsePermanentRedirect("https://" + request.host() + request.fullPath());
        }
        HttpResponse response = next.proceed(request);
        if (settings.get(SECURE_HSTS_SECONDS) > 0 && request.isSecure()
                && response.header("Strict-Transport-Security") == null) {
            response.header("Strict-Transport-Security", "max-age=" + settings.get(SECURE_HSTS_SECONDS)
                    + (settings.get(SECURE_HSTS_INCLUDE_SUBDOMAINS) ? "; includeSubDomains" : "")
                    + (settings.get(SECURE_HSTS_PRELOAD) ? "; preload" : ""));
        }
        if (settings.get(SECURE_CONTENT_TYPE_NOSNIFF) && response.header("X-Content-Type-Options") == null) {
            response.header("X-Content-Type-Options", "nosniff");
        }
        String policy = settings.get(SECURE_REFERRER_POLICY);
        if (policy != null && !policy.isBlank() && response.header("Referrer-Policy") == null) {
            // A comma-separated list gives fallbacks for older browsers, as in Django. The usual single policy is
            // not split and joined again on every request.
            response.header("Referrer-Policy", policy.indexOf(',') < 0 ? policy.trim() : String.join(",",
                    java.util.Arrays.stream(policy.split(",")).map(String::trim).toList()));
        }
        return response;
    }

    @Override
    public String toString() {
        return "SecurityMiddleware";
    }
}
