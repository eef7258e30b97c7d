package dev.hotclub.middleware.internal;

import dev.hotclub.http.HttpRequest;
import dev.hotclub.http.HttpResponse;
import dev.hotclub.http.View;

/** A view marked as exempt from CSRF checks (Django's {@code @csrf_exempt}). */
public record CsrfExemptView(View view) implements View {
    @Override
    public HttpResponse handle(HttpRequest request) throws Exception {
        return view.handle(request);
    }
}
