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

    /**
     * Marks {@code view} as never blocking, so that the production server may run it on the IO thread
     * ({@link NonBlockingView}): {@code path("ping/", View.nonBlocking(request -> HttpResponse.ok("pong")))}.
     */
    static NonBlockingView nonBlocking(NonBlockingView view) {
        return view;
    }
}
