package dev.hotclub.middleware.internal;

import dev.hotclub.http.Html;
import dev.hotclub.http.HttpRequest;
import freemarker.core.Environment;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.io.IOException;
import java.util.Map;

/**
 * What every template rendered for a request gets for CSRF (Django's {@code csrf} context processor and
 * {@code {% csrf_token %}} tag): {@code ${csrf_token}}, the masked token, and {@code <@csrf_input/>}, the
 * hidden form field. {@code <@csrf_token/>}, which a Django user writes for {@code {% csrf_token %}}, writes the
 * hidden field too. Both are lazy, as Django's: only a page that uses one makes the response set the cookie.
 */
public final class CsrfTemplateValues {
    private CsrfTemplateValues() {
    }

    public static void addTo(Map<String, Object> context, HttpRequest request) {
        context.putIfAbsent("csrf_token", new Token(request));
        context.putIfAbsent("csrf_input", new Input(request));
    }

    private static String token(HttpRequest request, String use) throws TemplateModelException {
        CsrfState state = request.attribute(CsrfState.ATTRIBUTE);
        if (state == null) {
            throw new TemplateModelException("The template uses " + use + ", which needs CsrfViewMiddleware: add new"
                    + " CsrfViewMiddleware() (dev.hotclub.middleware) to the project's middleware");
        }
        return state.token();
    }

    @SuppressWarnings("rawtypes")
    private static void writeInput(Environment env, Map params, TemplateDirectiveBody body, HttpRequest request,
                                   String use) throws TemplateModelException, IOException {
        if (!params.isEmpty() || body != null) {
            throw new TemplateModelException(use + " takes no parameters and no body");
        }
        env.getOut().write("<input type=\"hidden\" name=\"csrfmiddlewaretoken\" value=\""
                + Html.escape(token(request, use)) + "\">");
    }

    /** {@code ${csrf_token}}, made when first read, then the same (Django's lazy {@code csrf_token}); as a directive, {@code <@csrf_token/>}, the hidden field as {@code <@csrf_input/>}. */
    public static final class Token implements TemplateScalarModel, TemplateDirectiveModel {
        private final HttpRequest request;
        private String value;

        Token(HttpRequest request) {
            this.request = request;
        }

        @Override
        public synchronized String getAsString() throws TemplateModelException {
            if (value == null) {
                value = token(request, "${csrf_token}");
            }
            return value;
        }

        @Override
        @SuppressWarnings("rawtypes")
        public void execute(Environment env, Map params, TemplateModel[] loopVars, TemplateDirectiveBody body)
                throws TemplateModelException, IOException {
            writeInput(env, params, body, request, "<@csrf_token/>");
        }

        @Override
        public String toString() {
            return "csrf_token";
        }
    }

    /** {@code <@csrf_input/>}: {@code <input type="hidden" name="csrfmiddlewaretoken" value="...">}. */
    public static final class Input implements TemplateDirectiveModel {
        private final HttpRequest request;

        Input(HttpRequest request) {
            this.request = request;
        }

        @Override
        @SuppressWarnings("rawtypes")
        public void execute(Environment env, Map params, TemplateModel[] loopVars, TemplateDirectiveBody body)
                throws TemplateModelException, IOException {
            writeInput(env, params, body, request, "<@csrf_input/>");
        }

        @Override
        public String toString() {
            return "csrf_input";
        }
    }
}
