package dev.hotclub.urls.internal;

import dev.hotclub.http.HttpRequest;
import dev.hotclub.http.HttpResponse;
import dev.hotclub.http.TypedView;
import dev.hotclub.http.View;

/**
 * A {@link TypedView} as {@code path(...)} records it, before the resolver is built: which captured value goes to
 * which parameter depends on the route and the includes around it, known only then ({@link TypedViewBinder}).
 */
public record UnboundTypedView(TypedView typed) implements View {

    @Override
    public HttpResponse handle(HttpRequest request) {
        throw new IllegalStateException("A view taking captured values as parameters is bound to its route when the"
                + " Resolver is built; this one was called outside a Resolver.");
    }
}
