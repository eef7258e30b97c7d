package dev.hotclub.shortcuts;

import dev.hotclub.http.Http404;
import dev.hotclub.http.HttpRequest;
import dev.hotclub.http.RequestUser;
import dev.hotclub.http.TemplatePerms;
import dev.hotclub.http.HttpResponsePermanentRedirect;
import dev.hotclub.http.HttpResponseRedirect;
import dev.hotclub.http.TemplateResponse;
import dev.hotclub.middleware.CsrfViewMiddleware;
import dev.hotclub.templates.TemplateEngine;
import dev.hotclub.urls.CurrentResolver;
import dev.hotclub.urls.NoReverseMatch;
import dev.hotclub.urls.Resolver;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Django's {@code django.shortcuts}: {@code render}, {@code redirect}, {@code reverse} and
 * {@code get_object_or_404}, for a static import.
 *
 * <pre>{@code
 * import static dev.hotclub.shortcuts.Shortcuts.*;
 *
 * static HttpResponse hello(HttpRequest request) {
 *     return render(request, "greetings/hello.html", Map.of("name", request.arg("name")));
 * }
 * static HttpResponse goHome(HttpRequest request) {
 *     return redirect("greetings:home");
 * }
 * }</pre>
 *
 * {@code render} uses the template engine of the project serving {@code request}. {@code redirect} and
 * {@code reverse} use the URLconf of the project serving the current request ({@link CurrentResolver}), which the
 * request handler makes available to the thread running the view and its middleware. Called elsewhere (a thread of
 * your own, a unit test) they throw {@link IllegalStateException}: use the test client's
 * {@code client.reverse(...)} in a test, {@code project.resolver().reverse(...)} elsewhere.
 */
public final class Shortcuts {
    private Shortcuts() {
    }

    /**
     * Renders {@code template} with {@code context} plus {@code request}, {@code csrf_token} and
     * {@code csrf_input} (the CSRF form field: {@code <@csrf_input/>}), with AuthenticationMiddleware {@code user} and
     * {@code perms}, and, with {@code MessageMiddleware},
     * {@code messages} (Django's messages context processor), as a 200 HTML response that remembers
     * the template and context (the test {@code Client} shows them).
     */
    public static TemplateResponse render(HttpRequest request, String template, Map<String, ?> context) {
        return render(request, template, context, 200);
    }

    /** {@link #render(HttpRequest, String, Map)} with another status. */
    public static TemplateResponse render(HttpRequest request, String template, Map<String, ?> context, int status) {
        Map<String, Object> full = new LinkedHashMap<>(context);
        full.putIfAbsent("request", request);
        CsrfViewMiddleware.addTemplateValues(full, request);
        dev.hotclub.messages.MessageMiddleware.templateValues(request).forEach(full::putIfAbsent);
        // Django's auth context processor: user and perms, with AuthenticationMiddleware.
        if (request.attribute(RequestUser.ATTRIBUTE) != null) {
            full.putIfAbsent("user", request.user());
            full.putIfAbsent("perms", new TemplatePerms(request.user()));
        }
        String html = templates(request, "render(request, \"" + template + "\", ...)").render(template, full);
        return new TemplateResponse(template, full, html, status);
    }

    /**
     * A 302 to {@code to}, with Django's rules: {@code ./} and {@code ../} URLs are used as they are; otherwise
     * {@code to} is reversed as a URL name with {@code args} ({@code "greetings:greet", "bob"}); if that fails
     * and {@code to} contains {@code /} or {@code .}, it is a URL; otherwise the {@link NoReverseMatch} is thrown.
     * {@code javascript:}, {@code data:} and other schemes than http, https and ftp are refused.
     */
    public static HttpResponseRedirect redirect(String to, Object... args) {
        return new HttpResponseRedirect(resolveUrl(to, args, null));
    }

    /** {@link #redirect(String, Object...)} with named values: {@code redirect("greet", Map.of("name", "bob"))}. */
    public static HttpResponseRedirect redirect(String to, Map<String, ?> kwargs) {
        return new HttpResponseRedirect(resolveUrl(to, new Object[0], kwargs));
    }

    /** As {@link #redirect(String, Object...)}, a 301. */
    public static HttpResponsePermanentRedirect redirectPermanent(String to, Object... args) {
        return new HttpResponsePermanentRedirect(resolveUrl(to, args, null));
    }

    /** As {@link #redirect(String, Map)}, a 301. */
    public static HttpResponsePermanentRedirect redirectPermanent(String to, Map<String, ?> kwargs) {
        return new HttpResponsePermanentRedirect(resolveUrl(to, new Object[0], kwargs));
    }

    /** The URL of the pattern named {@code name} ({@code "greetings:greet"}) with {@code args}. */
    public static String reverse(String name, Object... args) {
        return resolver("reverse(\"" + name + "\")").reverse(name, args);
    }

    /** The URL of the pattern named {@code name} with named values. */
    public static String reverse(String name, Map<String, ?> kwargs) {
        return resolver("reverse(\"" + name + "\")").reverse(name, kwargs);
    }

    /**
     * Django's {@code get_object_or_404}: the value {@code found} holds, or an {@link Http404} with
     * {@code message} (shown on the debug 404 page) when it is empty.
     *
     * <pre>{@code
     * Question question = getObjectOr404(store.question(request.intArg("question_id")), "No Question matches the given query.");
     * }</pre>
     */
    public static <T> T getObjectOr404(Optional<T> found, String message) {
        return found.orElseThrow(() -> new Http404(message));
    }

    /**
     * {@link #getObjectOr404(Optional, String)} with Django's message for {@code type}:
     * {@code getObjectOr404(Question.class, store.question(id))} answers "No Question matches the given query."
     */
    public static <T> T getObjectOr404(Class<T> type, Optional<? extends T> found) {
        return found.orElseThrow(() -> new Http404("No " + type.getSimpleName() + " matches the given query."));
    }

    /**
     * Django's {@code get_object_or_404(Question, pk=question_id)}: the one row of {@code queryset} matching
     * {@code lookup}, else a 404 with Django's message ("No Question matches the given query."). Several rows are
     * still Django's MultipleObjectsReturned (a 500: the lookup is not unique).
     * <pre>{@code
     * Question question = getObjectOr404(Question.objects, "pk", request.intArg("question_id"));
     * }</pre>
     */
    public static <T> T getObjectOr404(dev.hotclub.db.models.QuerySet<T> queryset, String lookup, Object value) {
        try {
            return queryset.get(lookup, value);
        } catch (dev.hotclub.db.models.DoesNotExist e) {
            throw new Http404("No " + e.model().getSimpleName() + " matches the given query.");
        }
    }

    /** Django's {@code get_list_or_404}: the rows, or a 404 when there are none. */
    public static <T> java.util.List<T> getListOr404(dev.hotclub.db.models.QuerySet<T> queryset) {
        java.util.List<T> rows = queryset.list();
        if (rows.isEmpty()) {
            throw new Http404("No " + queryset.meta().objectName() + " matches the given query.");
        }
        return rows;
    }

    static String resolveUrl(String to, Object[] args, Map<String, ?> kwargs) {
        if (to.startsWith("./") || to.startsWith("../")) {
            return to;
        }
        Resolver resolver = resolver("redirect(\"" + to + "\")");
        try {
            return kwargs != null ? resolver.reverse(to, kwargs) : resolver.reverse(to, args);
        } catch (NoReverseMatch e) {
            if (to.contains("/") || to.contains(".")) {
                return to;
            }
            throw e;
        }
    }

    private static Resolver resolver(String call) {
        return CurrentResolver.require(call);
    }

    private static TemplateEngine templates(HttpRequest request, String call) {
        TemplateEngine templates = request.attribute(TemplateEngine.ATTRIBUTE);
        if (templates == null) {
            throw new IllegalStateException(call + " was given a request no project serves: it renders with the"
                    + " templates of the project serving the request. Call it from a view or middleware; in a"
                    + " test, through the test Client.");
        }
        return templates;
    }
}
