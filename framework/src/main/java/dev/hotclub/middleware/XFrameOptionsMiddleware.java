package dev.hotclub.middleware;

import dev.hotclub.http.HttpRequest;
import dev.hotclub.http.HttpResponse;
import dev.hotclub.conf.Setting;
import dev.hotclub.http.Middleware;

/**
 * Django's {@code XFrameOptionsMiddleware}: {@code X-Frame-Options: DENY} on every response that does not set
 * the header itself, so that no other site can show the project's pages in a frame (clickjacking). The value
 * is the project's {@code xFrameOptions} ({@code DENY} or {@code SAMEORIGIN}).
 */
public final class XFrameOptionsMiddleware implements Middleware {
    /** Django's {@code X_FRAME_OPTIONS}: {@code DENY} (the default) or {@code SAMEORIGIN}. */
    public static final Setting<String> X_FRAME_OPTIONS = Setting.of("X_FRAME_OPTIONS", "DENY",
            text -> text.trim().toUpperCase(java.util.Locale.ROOT), "DENY or SAMEORIGIN",
            "The X-Frame-Options header XFrameOptionsMiddleware sends: DENY or SAMEORIGIN.").checkedBy(value -> {
                if (!"DENY".equals(value) && !"SAMEORIGIN".equals(value)) {
                    throw new IllegalArgumentException("X_FRAME_OPTIONS must be \"DENY\" or \"SAMEORIGIN\"; got "
                            + (value == null ? "null" : "\"" + value + "\""));
                }
            });

    @Override
    public HttpResponse process(HttpRequest request, Next next) throws Exception {
        HttpResponse response = next.proceed(request);
        if (response.header("X-Frame-Options") == null) {
            response.header("X-Frame-Options", request.settings().get(X_FRAME_OPTIONS));
        }
        return response;
    }

    @Override
    public String toString() {
        return "XFrameOptionsMiddleware";
    }
}
