package dev.hotclub.server.internal.undertow;

import dev.hotclub.http.HttpRequest;
import dev.hotclub.http.QueryDict;
import dev.hotclub.http.UploadedFile;
import java.util.List;
import java.util.Map;

/**
 * A request body, received in full before the view runs: the raw bytes, or for a multipart form its fields and
 * files (the bytes are then empty, as Django's {@code request.body} after reading {@code request.POST}).
 */
public record ReceivedBody(byte[] bytes, QueryDict form, Map<String, List<UploadedFile>> files) {
    public static final ReceivedBody NONE = new ReceivedBody(new byte[0], null, Map.of());

    static ReceivedBody raw(byte[] bytes) {
        return new ReceivedBody(bytes, null, Map.of());
    }

    /** Gives {@code builder} this body. */
    public HttpRequest.Builder applyTo(HttpRequest.Builder builder) {
        builder.body(bytes);
        if (form != null) {
            builder.form(form).files(files);
        }
        return builder;
    }
}
