package dev.hotclub.views;

import dev.hotclub.http.HttpRequest;
import dev.hotclub.http.HttpResponse;
import dev.hotclub.http.HttpResponsePermanentRedirect;
import dev.hotclub.http.HttpResponseRedirect;
import dev.hotclub.shortcuts.Shortcuts;
import dev.hotclub.http.View;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Django's {@code RedirectView}: answers every method with a redirect, 302 by default.
 *
 * <pre>{@code
 * path("old/<int:pk>/", RedirectView.to("/new/%(pk)s/"))                  // the URL's kwargs fill %(name)s
 * path("go/<int:pk>/", RedirectView.toPattern("polls:detail").permanent(true))   // reversed with the same kwargs
 * }</pre>
 *
 * Without a URL (Django's {@code url = None}) it answers 410 Gone. {@code queryString(true)} keeps the query string.
 */
public final class RedirectView implements View {
    private static final Pattern PLACEHOLDER = Pattern.compile("%\\((\\w+)\\)s");
    private final String url;
    private final String patternName;
    private boolean permanent;
    private boolean queryString;

    private RedirectView(String url, String patternName) {
        this.url = url;
        this.patternName = patternName;
    }

    /** A redirect to {@code url}; {@code %(name)s} is replaced by the URL's keyword argument {@code name}. */
    public static RedirectView to(String url) {
        return new RedirectView(url, null);
    }

    /** A redirect to the URL named {@code patternName}, reversed with this URL's arguments. */
    public static RedirectView toPattern(String patternName) {
        return new RedirectView(null, patternName);
    }

    /** Answers 301 instead of 302. */
    public RedirectView permanent(boolean permanent) {
        this.permanent = permanent;
        return this;
    }

    /** Appends the request's query string to the target. */
    public RedirectView queryString(boolean keep) {
        this.queryString = keep;
        return this;
    }

    @Override
    public HttpResponse handle(HttpRequest request) {
        String target = redirectUrl(request);
        if (target == null) {
            return HttpResponse.gone("");
        }
        return permanent ? new HttpResponsePermanentRedirect(target) : new HttpResponseRedirect(target);
    }

    private String redirectUrl(HttpRequest request) {
        Map<String, Object> kwargs = request.resolverMatch() == null ? Map.of() : request.resolverMatch().kwargs();
        String target;
        if (url != null) {
            Matcher m = PLACEHOLDER.matcher(url);
            target = m.replaceAll(r -> Matcher.quoteReplacement(String.valueOf(kwargs.getOrDefault(r.group(1), r.group()))));
        } else if (patternName != null) {
            java.util.List<Object> args = request.resolverMatch() == null ? java.util.List.of()
                    : request.resolverMatch().args();
            target = kwargs.isEmpty() ? Shortcuts.reverse(patternName, args.toArray()) : Shortcuts.reverse(patternName, kwargs);
        } else {
            return null;
        }
        String query = request.queryString();
        if (queryString && query != null && !query.isEmpty()) {
            target = target + "?" + query;
        }
        return target;
    }
}
