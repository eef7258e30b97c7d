package dev.hotclub.urls.internal;

import dev.hotclub.http.HttpRequest;
import dev.hotclub.http.HttpResponse;
import dev.hotclub.http.TypedView;
import dev.hotclub.http.View;

/**
 * A {@link TypedView} bound to its route: for each parameter, the name of the captured value it takes (or, for a
 * rePath group without a name, its position) and its type. The values are read as {@link HttpRequest#arg(String,
 * Class)} reads them, so a number too large for an {@code int} parameter is the same 404.
 */
record BoundTypedView(TypedView typed, String description, String[] names, int[] positions, Class<?>[] types)
        implements View {

    @Override
    @SuppressWarnings("unchecked") // the types were checked against the method when the resolver was built
    public HttpResponse handle(HttpRequest request) throws Exception {
        Object[] v = new Object[types.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = names[i] != null ? request.arg(names[i], types[i])
                    : request.resolverMatch().args().get(positions[i]);
        }
        return switch (v.length) {
            case 1 -> ((TypedView.Of1<Object>) typed).handle(request, v[0]);
            case 2 -> ((TypedView.Of2<Object, Object>) typed).handle(request, v[0], v[1]);
            case 3 -> ((TypedView.Of3<Object, Object, Object>) typed).handle(request, v[0], v[1], v[2]);
            case 4 -> ((TypedView.Of4<Object, Object, Object, Object>) typed).handle(request, v[0], v[1], v[2], v[3]);
            default -> throw new IllegalStateException("a typed view of " + v.length + " values");
        };
    }

    @Override
    public String toString() {
        return description;
    }
}
