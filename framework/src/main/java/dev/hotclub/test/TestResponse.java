package dev.hotclub.test;

import dev.hotclub.http.HttpResponse;
import dev.hotclub.http.TemplateResponse;
import dev.hotclub.http.internal.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * What the test {@link Client} got back: the response a browser would see, plus the template that rendered it
 * and that template's context (Django's {@code response.templates} and {@code response.context}).
 */
public final class TestResponse {
    private final HttpResponse response;
    private final byte[] content;
    private final List<String> redirectChain;

    TestResponse(HttpResponse response, boolean head, List<String> redirectChain) {
        this.response = response;
        this.content = head ? new byte[0] : response.content();
        this.redirectChain = List.copyOf(redirectChain);
    }

    public int status() {
        return response.status();
    }

    /** A header's value, or {@code null}; names are case-insensitive. */
    public String header(String name) {
        return response.header(name);
    }

    public Map<String, String> headers() {
        return response.headers();
    }

    /** The {@code Location} of a redirect, or {@code null}. */
    public String location() {
        return response.header("Location");
    }

    /** The body as the client received it (empty for HEAD). */
    public byte[] content() {
        return content.clone();
    }

    /** The body decoded with the response's charset. */
    public String text() {
        return new String(content, response.charset());
    }

    /** The JSON body read into {@code type}. */
    public <T> T json(Class<T> type) {
        try {
            return Json.mapper().readValue(content, type);
        } catch (IOException e) {
            throw new UncheckedIOException("The response body is not JSON for a " + type.getSimpleName() + ": " + text(), e);
        }
    }

    /** The template the response was rendered from, or {@code null} when it was not rendered from one. */
    public String templateName() {
        return response instanceof TemplateResponse t ? t.templateName() : null;
    }

    /** The context the template was rendered with (empty when no template rendered the response). */
    public Map<String, Object> context() {
        return response instanceof TemplateResponse t ? t.context() : Map.of();
    }

    /** With redirects followed: each {@code Location} followed, in order (Django's {@code redirect_chain}). */
    public List<String> redirectChain() {
        return redirectChain;
    }

    /** The framework's response object itself. */
    public HttpResponse response() {
        return response;
    }

    @Override
    public String toString() {
        return "TestResponse[" + status() + ", " + response.contentType() + ", " + content.length + " bytes]";
    }
}
