package dev.hotclub.templates.internal;

import dev.hotclub.utils.PercentEncoding;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import java.util.List;

/**
 * Django's {@code {% static %}} tag as a function of every template: {@code ${static('polls/style.css')}} is
 * {@code /static/polls/style.css}, the path quoted as Django's {@code filepath_to_uri} does.
 */
public final class StaticFunction implements TemplateMethodModelEx {
    private final String staticUrl;

    /** {@code staticUrl} is the project's ({@code /static/}), or null when it serves no static files. */
    public StaticFunction(String staticUrl) {
        this.staticUrl = staticUrl;
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        Object path = arguments.size() == 1 ? DeepUnwrap.unwrap((TemplateModel) arguments.get(0)) : null;
        if (!(path instanceof String file)) {
            throw new TemplateModelException("static() takes the path of one static file, e.g."
                    + " static('polls/style.css'); got " + arguments.size() + " argument(s)");
        }
        if (staticUrl == null) {
            throw new IllegalStateException("static('" + file + "') needs the project's staticUrl, which is null"
                    + " (staticUrl(null) turned static files off). Set staticUrl(\"/static/\") or your CDN's path.");
        }
        String relative = PercentEncoding.filepathToUri(file);
        while (relative.startsWith("/")) {
            relative = relative.substring(1);
        }
        return staticUrl + relative;
    }
}
