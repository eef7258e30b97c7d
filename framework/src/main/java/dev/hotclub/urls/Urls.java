package dev.hotclub.urls;

import dev.hotclub.http.TypedView;
import dev.hotclub.http.View;
import dev.hotclub.urls.internal.UnboundTypedView;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The URLconf DSL, Django's {@code path()}, {@code re_path()} and {@code include()}. Import it statically:
 *
 * <pre>{@code
 * import static dev.hotclub.urls.Urls.*;
 *
 * UrlConf.of(
 *     path("", Views::home, "home"),
 *     path("articles/<int:year>/", Views::yearArchive, "year_archive"),
 *     rePath("^archive/(?<year>[0-9]{4})/$", Views::archive, "archive"),
 *     path("blog/", include(new BlogApp())),
 *     path("fr/blog/", include(new BlogApp(), "blog-fr")));
 * }</pre>
 *
 * These methods only record what was written, and where ({@link DeclarationSite}: errors and
 * warnings name the file and line); the routes are parsed and checked when the {@link Resolver} is built.
 */
public final class Urls {

    private Urls() {
    }

    /**
     * The URL of the pattern named {@code name} ({@code "greetings:greet"}) with {@code args}, in the URLconf of
     * the project serving the request: Django's {@code django.urls.reverse}, here beside {@code path} where Django
     * users look for it ({@link CurrentResolver}). {@code dev.hotclub.shortcuts.Shortcuts} has the same; a file that
     * imports both classes statically with {@code *} names one: {@code import static dev.hotclub.urls.Urls.reverse;}.
     * Outside a request it throws {@link IllegalStateException}: use {@code project.resolver().reverse(...)}.
     */
    public static String reverse(String name, Object... args) {
        return CurrentResolver.require("reverse(\"" + name + "\")").reverse(name, args);
    }

    /** {@link #reverse(String, Object...)} with named values: {@code reverse("greetings:greet", Map.of("name", "bob"))}. */
    public static String reverse(String name, Map<String, ?> kwargs) {
        return CurrentResolver.require("reverse(\"" + name + "\")").reverse(name, kwargs);
    }

    public static UrlPattern path(String route, View view) {
        return endpoint(route, false, view, null, null);
    }

    public static UrlPattern path(String route, View view, String name) {
        return endpoint(route, false, view, null, name);
    }

    /** With extra keyword arguments for the view, as Django's {@code path(route, view, kwargs)}. */
    public static UrlPattern path(String route, View view, Map<String, ?> kwargs) {
        return endpoint(route, false, view, kwargs, null);
    }

    /** With extra keyword arguments for the view, as Django's {@code path(route, view, kwargs, name)}. */
    public static UrlPattern path(String route, View view, Map<String, ?> kwargs, String name) {
        return endpoint(route, false, view, kwargs, name);
    }

    /**
     * A view that takes the captured values as parameters ({@link TypedView}):
     * {@code path("<int:question_id>/", Views::detail, "detail")} with
     * {@code static HttpResponse detail(HttpRequest request, int questionId)}.
     */
    public static <A> UrlPattern path(String route, TypedView.Of1<A> view) {
        return typedEndpoint(route, false, view, null, null);
    }

    public static <A> UrlPattern path(String route, TypedView.Of1<A> view, String name) {
        return typedEndpoint(route, false, view, null, name);
    }

    public static <A, B> UrlPattern path(String route, TypedView.Of2<A, B> view) {
        return typedEndpoint(route, false, view, null, null);
    }

    public static <A, B> UrlPattern path(String route, TypedView.Of2<A, B> view, String name) {
        return typedEndpoint(route, false, view, null, name);
    }

    public static <A, B, C> UrlPattern path(String route, TypedView.Of3<A, B, C> view) {
        return typedEndpoint(route, false, view, null, null);
    }

    public static <A, B, C> UrlPattern path(String route, TypedView.Of3<A, B, C> view, String name) {
        return typedEndpoint(route, false, view, null, name);
    }

    public static <A, B, C, D> UrlPattern path(String route, TypedView.Of4<A, B, C, D> view) {
        return typedEndpoint(route, false, view, null, null);
    }

    public static <A, B, C, D> UrlPattern path(String route, TypedView.Of4<A, B, C, D> view, String name) {
        return typedEndpoint(route, false, view, null, name);
    }

    /** A typed view with extra keyword arguments, which its parameters may take by name too. */
    public static <A> UrlPattern path(String route, TypedView.Of1<A> view, Map<String, ?> kwargs, String name) {
        return typedEndpoint(route, false, view, kwargs, name);
    }

    public static <A, B> UrlPattern path(String route, TypedView.Of2<A, B> view, Map<String, ?> kwargs,
                                         String name) {
        return typedEndpoint(route, false, view, kwargs, name);
    }

    public static <A, B, C> UrlPattern path(String route, TypedView.Of3<A, B, C> view, Map<String, ?> kwargs,
                                            String name) {
        return typedEndpoint(route, false, view, kwargs, name);
    }

    public static <A, B, C, D> UrlPattern path(String route, TypedView.Of4<A, B, C, D> view, Map<String, ?> kwargs,
                                               String name) {
        return typedEndpoint(route, false, view, kwargs, name);
    }

    public static UrlPattern path(String route, Include include) {
        return mount(route, false, include, null);
    }

    /** An include whose views all receive these extra keyword arguments. */
    public static UrlPattern path(String route, Include include, Map<String, ?> kwargs) {
        return mount(route, false, include, kwargs);
    }

    public static UrlPattern rePath(String regex, View view) {
        return endpoint(regex, true, view, null, null);
    }

    public static UrlPattern rePath(String regex, View view, String name) {
        return endpoint(regex, true, view, null, name);
    }

    public static UrlPattern rePath(String regex, View view, Map<String, ?> kwargs) {
        return endpoint(regex, true, view, kwargs, null);
    }

    public static UrlPattern rePath(String regex, View view, Map<String, ?> kwargs, String name) {
        return endpoint(regex, true, view, kwargs, name);
    }

    /** A view that takes the regex's groups as parameters ({@link TypedView}), each a {@code String}. */
    public static <A> UrlPattern rePath(String regex, TypedView.Of1<A> view) {
        return typedEndpoint(regex, true, view, null, null);
    }

    public static <A> UrlPattern rePath(String regex, TypedView.Of1<A> view, String name) {
        return typedEndpoint(regex, true, view, null, name);
    }

    public static <A, B> UrlPattern rePath(String regex, TypedView.Of2<A, B> view) {
        return typedEndpoint(regex, true, view, null, null);
    }

    public static <A, B> UrlPattern rePath(String regex, TypedView.Of2<A, B> view, String name) {
        return typedEndpoint(regex, true, view, null, name);
    }

    public static <A, B, C> UrlPattern rePath(String regex, TypedView.Of3<A, B, C> view) {
        return typedEndpoint(regex, true, view, null, null);
    }

    public static <A, B, C> UrlPattern rePath(String regex, TypedView.Of3<A, B, C> view, String name) {
        return typedEndpoint(regex, true, view, null, name);
    }

    public static <A, B, C, D> UrlPattern rePath(String regex, TypedView.Of4<A, B, C, D> view) {
        return typedEndpoint(regex, true, view, null, null);
    }

    public static <A, B, C, D> UrlPattern rePath(String regex, TypedView.Of4<A, B, C, D> view, String name) {
        return typedEndpoint(regex, true, view, null, name);
    }

    public static UrlPattern rePath(String regex, Include include) {
        return mount(regex, true, include, null);
    }

    public static UrlPattern rePath(String regex, Include include, Map<String, ?> kwargs) {
        return mount(regex, true, include, kwargs);
    }

    /** Mounts a URLconf; its namespace is its app name (none when it has none). */
    public static Include include(UrlConf urlConf) {
        Objects.requireNonNull(urlConf, "urlConf");
        return new Include(() -> urlConf, null, DeclarationSite.ofCaller());
    }

    /** Mounts a URLconf under an instance namespace; the URLconf must have an app name. */
    public static Include include(UrlConf urlConf, String namespace) {
        Objects.requireNonNull(urlConf, "urlConf");
        return new Include(() -> urlConf, namespace, DeclarationSite.ofCaller());
    }

    /** Mounts an app (or any provider of a URLconf); its namespace is its app name. */
    public static Include include(UrlConfProvider provider) {
        return new Include(provider, null, DeclarationSite.ofCaller());
    }

    /** Mounts an app (or any provider of a URLconf) under an instance namespace. */
    public static Include include(UrlConfProvider provider, String namespace) {
        return new Include(provider, namespace, DeclarationSite.ofCaller());
    }

    private static UrlPattern endpoint(String route, boolean regex, View view, Map<String, ?> kwargs, String name) {
        Objects.requireNonNull(route, "route");
        return new UrlPattern(route, regex, view, null, name, copy(kwargs), DeclarationSite.ofCaller());
    }

    /** The typed view is bound to the route's values when the resolver is built, where the values are known. */
    private static UrlPattern typedEndpoint(String route, boolean regex, TypedView view, Map<String, ?> kwargs,
                                            String name) {
        Objects.requireNonNull(route, "route");
        return new UrlPattern(route, regex, view == null ? null : new UnboundTypedView(view), null, name,
                copy(kwargs), DeclarationSite.ofCaller());
    }

    private static UrlPattern mount(String route, boolean regex, Include include, Map<String, ?> kwargs) {
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(include, "include");
        return new UrlPattern(route, regex, null, include, null, copy(kwargs), DeclarationSite.ofCaller());
    }

    /** A copy in the caller's order (the order Django merges kwargs in), typed as the record holds them. */
    private static Map<String, Object> copy(Map<String, ?> kwargs) {
        return kwargs == null ? null : new LinkedHashMap<>(kwargs);
    }
}
