package dev.hotclub.templates.internal;

import dev.hotclub.templates.SafeHtml;
import freemarker.core.TemplateMarkupOutputModel;
import freemarker.ext.beans.BeansWrapper;
import freemarker.core.TemplateMarkupOutputModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateSequenceModel;
import java.util.List;

/**
 * A {@link SafeHtml} object in a template: printed as its HTML, unescaped ({@code ${form}}), while its properties
 * stay reachable as any Java object's ({@code ${form.email.label}}), by their Django names too
 * ({@code field.label_tag}).
 */
public class SafeHtmlModel extends DjangoNamesModel implements TemplateMarkupOutputModel<SafeHtmlModel> {
    private final String html;

    SafeHtmlModel(Object object, BeansWrapper wrapper, String html) {
        super(object, wrapper);
        this.html = html;
    }

    static SafeHtmlModel of(SafeHtml object, BeansWrapper wrapper) {
        String html = object.toHtml();
        return object instanceof List<?> list ? new Sequence(list, wrapper, html)
                : new SafeHtmlModel(object, wrapper, html);
    }

    String html() {
        return html;
    }

    @Override
    public SafeHtmlFormat getOutputFormat() {
        return SafeHtmlFormat.INSTANCE;
    }

    /** A safe list (a field's errors): printed as HTML, listed with {@code <#list>} as its items. */
    static final class Sequence extends SafeHtmlModel implements TemplateSequenceModel {
        private final List<?> list;

        Sequence(List<?> list, BeansWrapper wrapper, String html) {
            super(list, wrapper, html);
            this.list = list;
        }

        @Override
        public TemplateModel get(int index) throws TemplateModelException {
            return index < list.size() ? wrap(list.get(index)) : null;
        }

        @Override
        public int size() {
            return list.size();
        }
    }
}
