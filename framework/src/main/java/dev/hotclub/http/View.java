package dev.hotclub.http;

/**
 * A view: takes a request, returns a response. A plain static method or a lambda, as in Django.
 *
 * <pre>{@code
 * static HttpResponse home(HttpRequest request) {
 *     return HttpResponse.ok("<h1>Welcome</h1>");
 * }
 * path("", Views::home, "home")
 * }</pre>
 *
 * A view may throw: {@link Http404} becomes the project's 404 page, anything else a 500 page.
 */
@FunctionalInterface
public interface View {
    HttpResponse handle(HttpRequest request) throws Exception;
}
