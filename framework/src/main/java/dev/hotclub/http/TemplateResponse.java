package dev.hotclub.http;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An HTML response rendered from a template, which remembers the template's name and its context: the test
 * {@code Client} shows them to a test. {@link Shortcuts#render} returns one.
 */
public class TemplateResponse extends HttpResponse {
    private final String templateName;
    private final Map<String, Object> context;

    public TemplateResponse(String templateName, Map<String, ?> context, String html, int status) {
        super(html, status);
        this.templateName = templateName;
        this.context = Collections.unmodifiableMap(new LinkedHashMap<>(context));
    }

    public String templateName() {
        return templateName;
    }

    /** The context the template saw, {@code request} included. */
    public Map<String, Object> context() {
        return context;
    }
}
