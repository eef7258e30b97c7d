package dev.hotclub.middleware;

import dev.hotclub.http.HttpRequest;
import dev.hotclub.http.HttpResponse;
import dev.hotclub.http.HttpResponsePermanentRedirect;
import dev.hotclub.middleware.internal.CurrentProject;
import dev.hotclub.project.Middleware;
import dev.hotclub.project.SecuritySettings;

/**
 * Django's {@code SecurityMiddleware}, first in the list: with {@code secureSslRedirect(true)} an http request
 * is sent to the same URL over https (301); on the way out it adds, unless the response has them,
 * {@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy: same-origin} and, for https requests with
 * {@code secureHsts(...)} set, {@code Strict-Transport-Security}.
 */
public final class SecurityMiddleware implements Middleware {
    @Override
    public HttpResponse process(HttpRequest request, Next next) throws Exception {
        SecuritySettings settings = CurrentProject.get("SecurityMiddleware").security();
        if (settings.secureSslRedirect() && !request.isSecure()) {
            return new HttpResponsePermanentRedirect("https://" + request.host() + request.fullPath());
        }
        HttpResponse response = next.proceed(request);
        if (settings.secureHstsSeconds() > 0 && request.isSecure()
                && response.header("Strict-Transport-Security") == null) {
            response.header("Strict-Transport-Security", "max-age=" + settings.secureHstsSeconds()
                    + (settings.secureHstsIncludeSubdomains() ? "; includeSubDomains" : "")
                    + (settings.secureHstsPreload() ? "; preload" : ""));
        }
        if (settings.secureContentTypeNosniff() && response.header("X-Content-Type-Options") == null) {
            response.header("X-Content-Type-Options", "nosniff");
        }
        String policy = settings.secureReferrerPolicy();
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
