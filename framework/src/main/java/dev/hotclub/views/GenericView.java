package dev.hotclub.views;

import dev.hotclub.http.HttpRequest;
import dev.hotclub.http.HttpResponse;
import dev.hotclub.shortcuts.Shortcuts;
import dev.hotclub.http.View;
import dev.hotclub.conf.ImproperlyConfigured;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What Django's class-based views share: answering only the methods the view handles (405 with {@code Allow}
 * otherwise; HEAD as GET, OPTIONS with the allowed methods), a template, and its context: the URL's keyword
 * arguments, {@code view}, extra values given once ({@link #extraContext}) or per request ({@link #context}).
 */
public abstract class GenericView<V extends GenericView<V>> implements View {
    private String templateName;
    private final Map<String, Object> extraContext = new LinkedHashMap<>();
    private Function<HttpRequest, Map<String, ?>> contextFunction = r -> Map.of();

    /** The template rendered ({@code "polls/index.html"}). */
    public V template(String templateName) {
        this.templateName = templateName;
        return self();
    }

    /** Values added to every page's context (Django's {@code extra_context}). */
    public V extraContext(Map<String, ?> values) {
        extraContext.putAll(values);
        return self();
    }

    /** Values computed for each request and added to the context (Django's {@code get_context_data}). */
    public V context(Function<HttpRequest, Map<String, ?>> values) {
        this.contextFunction = values;
        return self();
    }

    @SuppressWarnings("unchecked")
    private V self() {
        return (V) this;
    }

    /** The HTTP methods this view answers, upper case. */
    protected abstract Set<String> allowedMethods();

    /** Answers an allowed method (HEAD arrives as GET). */
    protected abstract HttpResponse dispatch(HttpRequest request, String method) throws Exception;

    @Override
    public final HttpResponse handle(HttpRequest request) throws Exception {
        String method = request.method().toUpperCase();
        if (method.equals("HEAD") && allowedMethods().contains("GET")) {
            method = "GET";
        }
        if (method.equals("OPTIONS")) {
            return HttpResponse.ok("").header("Allow", allowHeader()).header("Content-Length", "0");
        }
        if (!allowedMethods().contains(method)) {
            return HttpResponse.notAllowed(allowedMethodsWithExtras());
        }
        return dispatch(request, method);
    }

    private String[] allowedMethodsWithExtras() {
        // In Django's http_method_names order, not a Set's (whose order changes from one JVM run to the next).
        java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
        all.retainAll(allowedMethods());
        if (all.contains("GET")) {
            all.add("HEAD");
        }
        all.add("OPTIONS");
        return all.toArray(String[]::new);
    }

    private String allowHeader() {
        return String.join(", ", allowedMethodsWithExtras());
    }

    /** The context: URL kwargs, {@code view}, the extra context, the per-request values, then {@code values}. */
    protected Map<String, Object> contextData(HttpRequest request, Map<String, ?> values) {
        Map<String, Object> context = new LinkedHashMap<>();
        if (request.resolverMatch() != null) {
            context.putAll(request.resolverMatch().kwargs());
        }
        context.put("view", this);
        context.putAll(extraContext);
        context.putAll(values);
        context.putAll(contextFunction.apply(request));
        return context;
    }

    /** Renders the template with the context (Django's {@code render_to_response}). */
    protected HttpResponse renderToResponse(HttpRequest request, Map<String, ?> values) {
        return Shortcuts.render(request, templateName(), contextData(request, values));
    }

    /** The template, or Django's error when none was given. */
    protected String templateName() {
        if (templateName == null) {
            throw new ImproperlyConfigured(getClass().getSimpleName() + " requires a template: add"
                    + " .template(\"app/page.html\") where the view is declared (Django: \"TemplateResponseMixin"
                    + " requires either a definition of 'template_name' or an implementation of"
                    + " 'get_template_names()'\")");
        }
        return templateName;
    }
}
