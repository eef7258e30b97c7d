package dev.hotclub.test;

import dev.hotclub.http.HttpRequest;
import dev.hotclub.http.HttpResponse;
import dev.hotclub.http.TemplateResponse;
import dev.hotclub.utils.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What the test {@link Client} got back: the response a browser would see, plus the template that rendered it
 * and that template's context (Django's {@code response.templates} and {@code response.context}), and Django's
 * assertions, which throw {@link AssertionError} with Django's messages and return the response for chaining:
 *
 * <pre>{@code
 * client.get("/polls/").assertContains("No polls are available.").assertTemplateUsed("polls/index.html");
 * client.post("/polls/1/vote/", Map.of("choice", 1)).assertRedirects("/polls/1/results/");
 * }</pre>
 */
public final class TestResponse {
    private final HttpResponse response;
    private final HttpRequest request;
    private final byte[] content;
    private final boolean followed;
    private final List<String> redirectChain;
    private final List<Integer> redirectStatuses;
    private final Function<String, TestResponse> fetch;

    TestResponse(HttpResponse response, HttpRequest request, boolean head, boolean followed, List<String> redirectChain,
            List<Integer> redirectStatuses, Function<String, TestResponse> fetch) {
        this.response = response;
        this.request = request;
        this.content = head ? new byte[0] : response.content();
        this.followed = followed;
        this.redirectChain = List.copyOf(redirectChain);
        this.redirectStatuses = List.copyOf(redirectStatuses);
        this.fetch = fetch;
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

    /**
     * The context the template was rendered with (empty when no template rendered the response), as Django's
     * {@code response.context}: {@code csrf_token} is the token the page was given, and a CSRF 403 has its
     * {@code reason}.
     */
    public Map<String, Object> context() {
        if (!(response instanceof TemplateResponse t)) {
            return Map.of();
        }
        Map<String, Object> context = new LinkedHashMap<>();
        t.context().forEach((name, value) -> context.put(name, plain(value)));
        return Collections.unmodifiableMap(context);
    }

    // A template value computed when the template reads it (the CSRF token) is given as the text it printed; without
    // CsrfViewMiddleware there is none, and Django's context says NOTPROVIDED.
    private static Object plain(Object value) {
        if (value instanceof TemplateScalarModel scalar) {
            try {
                return scalar.getAsString();
            } catch (TemplateModelException e) {
                return "NOTPROVIDED";
            }
        }
        return value;
    }

    /** With redirects followed: each {@code Location} followed, in order (Django's {@code redirect_chain}). */
    public List<String> redirectChain() {
        return redirectChain;
    }

    /**
     * Django's {@code assertContains(response, text)}: the status is 200 and {@code text} is in the body.
     *
     * @throws AssertionError with Django's message, e.g. {@code Couldn't find 'No polls' in response}
     */
    public TestResponse assertContains(String text) {
        return assertContains(text, Expect.status(200));
    }

    /**
     * Django's {@code assertContains(response, text, count=..., status_code=...)}, each named:
     * {@code assertContains("Not found", status(404))}, {@code assertContains("<li>", count(3))}
     * ({@code import static dev.hotclub.test.Expect.*}).
     */
    public TestResponse assertContains(String text, Expect expected) {
        int found = countIn(text, expected.status());
        if (expected.count() != null && found != expected.count()) {
            throw new AssertionError("Found " + found + " instances of '" + text + "' in response (expected "
                    + expected.count() + ")");
        }
        if (expected.count() == null && found == 0) {
            throw new AssertionError("Couldn't find '" + text + "' in response");
        }
        return this;
    }

    /** Django's {@code assertNotContains(response, text)}: the status is 200 and {@code text} is not in the body. */
    public TestResponse assertNotContains(String text) {
        return assertNotContains(text, Expect.status(200));
    }

    /** Django's {@code assertNotContains(response, text, status_code=...)}: {@code assertNotContains("x", status(404))}. */
    public TestResponse assertNotContains(String text, Expect expected) {
        if (expected.count() != null) {
            throw new IllegalArgumentException("assertNotContains takes a status(...), not a count(...)");
        }
        if (countIn(text, expected.status()) != 0) {
            throw new AssertionError("Response should not contain '" + text + "'");
        }
        return this;
    }

    /** Occurrences of {@code text} in the body, as Python's {@code str.count}, after checking the status. */
    private int countIn(String text, int status) {
        if (status() != status) {
            throw new AssertionError("Couldn't retrieve content: Response code was " + status() + " (expected " + status + ")");
        }
        String body = text();
        if (text.isEmpty()) {
            return body.length() + 1;
        }
        int found = 0;
        for (int at = body.indexOf(text); at >= 0; at = body.indexOf(text, at + text.length())) {
            found++;
        }
        return found;
    }

    /**
     * Django's {@code assertRedirects(response, expected_url)}: a 302 to {@code expectedUrl}, whose page answers
     * 200 when fetched with the same client.
     */
    public TestResponse assertRedirects(String expectedUrl) {
        return assertRedirects(expectedUrl, 302, 200, true);
    }

    /** Django's {@code assertRedirects(response, expected_url, status_code, target_status_code)}. */
    public TestResponse assertRedirects(String expectedUrl, int status, int targetStatus) {
        return assertRedirects(expectedUrl, status, targetStatus, true);
    }

    /**
     * Django's {@code assertRedirects} with {@code fetch_redirect_response}: when false, the page redirected to is
     * not requested (a URL of another site, or a page a test cannot get). On a response of a client that follows
     * redirects, the first redirect's status and the last URL of the chain are checked, and the final status.
     */
    public TestResponse assertRedirects(String expectedUrl, int status, int targetStatus, boolean fetchRedirectResponse) {
        String url;
        if (followed) {
            if (redirectChain.isEmpty()) {
                throw new AssertionError("Response didn't redirect as expected: Response code was " + status()
                        + " (expected " + status + ")");
            }
            if (redirectStatuses.get(0) != status) {
                throw new AssertionError("Initial response didn't redirect as expected: Response code was "
                        + redirectStatuses.get(0) + " (expected " + status + ")");
            }
            url = redirectChain.get(redirectChain.size() - 1);
            if (status() != targetStatus) {
                throw new AssertionError("Response didn't redirect as expected: Final Response code was " + status()
                        + " (expected " + targetStatus + ")");
            }
        } else {
            if (status() != status) {
                throw new AssertionError("Response didn't redirect as expected: Response code was " + status()
                        + " (expected " + status + ")");
            }
            url = location();
            URI target = URI.create(url);
            if (target.getRawPath() == null || !target.getRawPath().startsWith("/")) {
                // A relative redirect is relative to the path requested.
                url = URI.create(request.fullPath()).resolve(target).toString();
                target = URI.create(url);
            }
            if (fetchRedirectResponse) {
                String host = target.getHost();
                if (host != null && !target.getRawAuthority().equals(request.host())) {
                    throw new IllegalArgumentException("The test client is unable to fetch remote URLs (got " + url
                            + "). Use assertRedirects(expectedUrl, status, targetStatus, false).");
                }
                String path = target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
                int fetched = fetch.apply(path).status();
                if (fetched != targetStatus) {
                    throw new AssertionError("Couldn't retrieve redirection page '" + target.getRawPath()
                            + "': response code was " + fetched + " (expected " + targetStatus + ")");
                }
            }
        }
        if (!url.equals(expectedUrl)) {
            throw new AssertionError("Response redirected to '" + url + "', expected '" + expectedUrl + "'");
        }
        return this;
    }

    /** Django's {@code assertTemplateUsed(response, template_name)}: the response was rendered from {@code name}. */
    public TestResponse assertTemplateUsed(String name) {
        String used = templateName();
        if (used == null) {
            throw new AssertionError("No templates used to render the response");
        }
        if (!used.equals(name)) {
            throw new AssertionError("Template '" + name + "' was not a template used to render the response."
                    + " Actual template(s) used: " + used);
        }
        return this;
    }

    /** Django's {@code assertTemplateNotUsed(response, template_name)}. */
    public TestResponse assertTemplateNotUsed(String name) {
        if (name.equals(templateName())) {
            throw new AssertionError("Template '" + name + "' was used unexpectedly in rendering the response");
        }
        return this;
    }

    /**
     * Django's {@code assertFormError(response, form, field, errors)}: the form named {@code form} in the context
     * has these {@code errors} on {@code field} ({@code null}: its non-field errors), with
     * Django's failure messages.
     */
    public TestResponse assertFormError(String form, String field, String... errors) {
        Object value = context().get(form);
        if (!(value instanceof dev.hotclub.forms.Form f)) {
            throw new AssertionError("The form '" + form + "' was not used to render the response");
        }
        java.util.List<String> actual;
        if (field == null) {
            actual = f.nonFieldErrors();
        } else {
            if (!f.declaredFields().containsKey(field)) {
                throw new AssertionError("The form '" + form + "' in context 0 does not contain the field '" + field + "'");
            }
            actual = f.errors().containsKey(field) ? f.errors().get(field) : java.util.List.of();
            if (actual.isEmpty() && errors.length > 0) {
                throw new AssertionError("The field '" + field + "' on form '" + form + "' in context 0 contains no errors");
            }
        }
        String shown = actual.stream().map(e -> "'" + e + "'").collect(java.util.stream.Collectors.joining(", ", "[", "]"));
        for (String error : errors) {
            if (!actual.contains(error)) {
                throw new AssertionError(field == null
                        ? "The form '" + form + "' in context 0 does not contain the non-field error '" + error
                                + "' (actual errors: " + shown + ")"
                        : "The field '" + field + "' on form '" + form + "' in context 0 does not contain the error '"
                                + error + "' (actual errors: " + shown + ")");
            }
        }
        return this;
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
