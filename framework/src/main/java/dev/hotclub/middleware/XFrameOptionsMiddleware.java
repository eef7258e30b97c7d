package dev.hotclub.middleware;

import dev.hotclub.http.HttpRequest;
import dev.hotclub.http.HttpResponse;
import dev.hotclub.middleware.internal.CurrentProject;
import dev.hotclub.project.Middleware;

/**
 * Django's {@code XFrameOptionsMiddleware}: {@code X-Frame-Options: DENY} on every response that does not set
 * the header itself, so that no other site can show the project's pages in a frame (clickjacking). The value
 * is the project's {@code xFrameOptions} ({@code DENY} or {@code SAMEORIGIN}).
 */
public final class XFrameOptionsMiddleware implements Middleware {
    @Override
    public HttpResponse process(HttpRequest request, Next next) throws Exception {
        HttpResponse response = next.proceed(request);
        if (response.header("X-Frame-Options") == null) {
            response.header("X-Frame-Options", CurrentProject.get("XFrameOptionsMiddleware").security().xFrameOptions());
        }
        return response;
    }

    @Override
    public String toString() {
        return "XFrameOptionsMiddleware";
    }
}
