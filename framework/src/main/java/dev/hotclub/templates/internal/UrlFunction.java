package dev.hotclub.templates.internal;

import dev.hotclub.urls.Resolver;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Django's {@code {% url %}} tag as a function of every template: {@code ${url('polls:detail', question.id)}},
 * or with named values {@code ${url('polls:detail', {'question_id': question.id})}}. A name that does not
 * reverse throws the resolver's {@code NoReverseMatch}, which the error page shows with the template's line.
 */
public final class UrlFunction implements TemplateMethodModelEx {
    private final Resolver resolver;

    /** {@code resolver} is null for an engine without a project: then {@code url()} says so. */
    public UrlFunction(Resolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.isEmpty()) {
            throw new TemplateModelException("url() needs the name of a URL pattern, e.g. url('polls:detail', question.id)");
        }
        Object name = DeepUnwrap.unwrap((TemplateModel) arguments.get(0));
        if (!(name instanceof String viewName)) {
            throw new TemplateModelException("url()'s first argument is the name of a URL pattern, e.g."
                    + " url('polls:detail', question.id); got " + describe(name));
        }
        if (resolver == null) {
            throw new IllegalStateException("url('" + viewName + "') needs a project's URLconf; this template engine"
                    + " was made without one (TemplateEngine.forFolders). Use handlers.ProjectTemplates.engine(project).");
        }
        List<Object> args = new ArrayList<>();
        for (Object argument : arguments.subList(1, arguments.size())) {
            args.add(value(DeepUnwrap.unwrap((TemplateModel) argument)));
        }
        if (args.size() == 1 && args.get(0) instanceof Map<?, ?> kwargs) {
            Map<String, Object> named = new LinkedHashMap<>();
            kwargs.forEach((k, v) -> named.put(String.valueOf(k), value(v)));
            return resolver.reverse(viewName, named);
        }
        return resolver.reverse(viewName, args.toArray());
    }

    /** A number written in the template ({@code 5}, or {@code question.id + 1}) is a whole number, not {@code 5.0}. */
    private static Object value(Object v) {
        if (v instanceof BigDecimal d && d.stripTrailingZeros().scale() <= 0) {
            try {
                return d.longValueExact();
            } catch (ArithmeticException tooBig) {
                return d.toBigIntegerExact();
            }
        }
        return v;
    }

    private static String describe(Object v) {
        return v == null ? "null" : v.getClass().getSimpleName() + " " + v;
    }
}
