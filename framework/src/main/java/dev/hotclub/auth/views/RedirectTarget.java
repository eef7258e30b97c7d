package dev.hotclub.auth.views;

import dev.hotclub.auth.Auth;
import dev.hotclub.http.HttpRequest;
import dev.hotclub.http.UrlSafety;

/** Django's {@code RedirectURLMixin.get_redirect_url}: the {@code next} asked for, if it is safe to go to. */
final class RedirectTarget {
    private RedirectTarget() {
    }

    /** {@code next} from the post, else the query; empty unless on this host (and https when the request was). */
    static String safeNext(HttpRequest request) {
        String next = request.method().equals("POST") ? request.POST().get(Auth.REDIRECT_FIELD_NAME, null) : null;
        if (next == null) {
            next = request.GET().get(Auth.REDIRECT_FIELD_NAME, "");
        }
        return UrlSafety.urlHasAllowedHostAndScheme(next, request) ? next : "";
    }
}
