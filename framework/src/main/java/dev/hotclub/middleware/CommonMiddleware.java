package dev.hotclub.middleware;

import dev.hotclub.http.HttpRequest;
import dev.hotclub.http.HttpResponse;
import dev.hotclub.http.HttpResponsePermanentRedirect;
import dev.hotclub.utils.PercentEncoding;
import dev.hotclub.conf.Setting;
import dev.hotclub.http.Middleware;
import dev.hotclub.urls.CurrentResolver;
import dev.hotclub.urls.Resolver;

/**
 * Django's {@code CommonMiddleware} with {@code APPEND_SLASH} (the project's {@code appendSlash}, on by
 * default): a request for {@code /greetings/Alice} that matches nothing while {@code /greetings/Alice/} does
 * is sent to the slashed URL, query string kept. Without this middleware in the list, no slash is appended.
 *
 * <p>GET and HEAD get a 301, as in Django. Other methods would lose their body on a 301 (browsers follow it
 * with a GET), so: in debug mode they fail with Django's explanation (the developer fixes the form's URL); in
 * production they get a 308, which makes the client repeat the same method with the same body at the slashed
 * URL (Django sends its 301 and the data is lost).
 */
public final class CommonMiddleware implements Middleware {
    /** Django's {@code APPEND_SLASH}: on by default. */
    public static final Setting<Boolean> APPEND_SLASH = Setting.bool("APPEND_SLASH", true,
            "CommonMiddleware redirects /path to /path/ when only the latter matches.");

    @Override
    public HttpResponse process(HttpRequest request, Next next) throws Exception {
        Resolver resolver = CurrentResolver.require("CommonMiddleware");
        String path = request.path();
        if (!request.settings().get(APPEND_SLASH) || path.endsWith("/") || resolver.resolves(path) || !resolver.resolves(path + "/")) {
            return next.proceed(request);
        }
        String target = PercentEncoding.escapeLeadingSlashes(PercentEncoding.escapeUriPath(path + "/"))
                + (request.queryString().isEmpty() ? "" : "?" + request.queryString());
        String method = request.method();
        if (method.equals("GET") || method.equals("HEAD")) {
            return new HttpResponsePermanentRedirect(target);
        }
        if (request.settings().debug()) {
            throw new IllegalStateException("You called this URL via " + method + ", but the URL doesn't end in a"
                    + " slash and you have APPEND_SLASH set. Hotclub can't redirect to the slash URL while"
                    + " maintaining " + method + " data. Change your form to point to " + request.host() + target
                    + " (note the trailing slash), or set appendSlash(false) on your Project.");
        }
        return new HttpResponsePermanentRedirect(target).status(308);
    }

    @Override
    public String toString() {
        return "CommonMiddleware";
    }
}
