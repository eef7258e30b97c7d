package dev.hotclub.templates.internal;

import freemarker.ext.beans.GenericObjectModel;
import freemarker.ext.beans.BeansWrapper;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateModelIterator;
import java.util.Iterator;

/**
 * An {@link Iterable} that is not a collection (a QuerySet) as both: {@code <#list question.choiceSet().all() as c>}
 * iterates it (running its query), and {@code qs.count()} still calls its methods. FreeMarker's own iterable support
 * would make it a bare collection, with no methods.
 */
final class IterableBeanModel extends GenericObjectModel implements TemplateCollectionModel {
    private final Iterable<?> iterable;

    IterableBeanModel(Object iterable, BeansWrapper wrapper) {
        super(iterable, wrapper);
        this.iterable = (Iterable<?>) iterable;
    }

    @Override
    public TemplateModelIterator iterator() {
        Iterator<?> it = iterable.iterator();
        return new TemplateModelIterator() {
            @Override
            public TemplateModel next() throws TemplateModelException {
                return wrap(it.next());
            }

            @Override
            public boolean hasNext() {
                return it.hasNext();
            }
        };
    }
}
