package dev.hotclub.views;

import dev.hotclub.http.HttpRequest;
import dev.hotclub.http.HttpResponse;
import java.util.Map;
import java.util.Set;

/**
 * Django's {@code TemplateView}: renders a template for GET, with the URL's keyword arguments in its context.
 *
 * <pre>{@code
 * path("about/", TemplateView.of("about.html").extraContext(Map.of("title", "About us")), "about")
 * }</pre>
 */
public final class TemplateView extends GenericView<TemplateView> {
    private TemplateView() {
    }

    public static TemplateView of(String templateName) {
        return new TemplateView().template(templateName);
    }

    @Override
    protected Set<String> allowedMethods() {
        return Set.of("GET");
    }

    @Override
    protected HttpResponse dispatch(HttpRequest request, String method) {
        return renderToResponse(request, Map.of());
    }
}
