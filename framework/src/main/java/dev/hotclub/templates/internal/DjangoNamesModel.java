package dev.hotclub.templates.internal;

import freemarker.ext.beans.StringModel;
import freemarker.ext.beans.BeansWrapper;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateSequenceModel;
import java.util.List;

/**
 * A Java object whose Django-style names reach its Java methods in a template: {@code page_obj.has_next} is
 * {@code hasNext()}, {@code field.label_tag} is {@code labelTag()}, so templates ported from Django read the same.
 */
public class DjangoNamesModel extends StringModel {
    /** The framework's packages whose objects templates read by Django's names (pages, forms, messages). */
    private static final List<String> PACKAGES = List.of("dev.hotclub.views.", "dev.hotclub.forms.",
            "dev.hotclub.messages.");

    DjangoNamesModel(Object object, BeansWrapper wrapper) {
        super(object, wrapper);
    }

    /** Decided once per class: the wrapper asks for every object a template reads. */
    private static final ClassValue<Boolean> SPEAKS_DJANGO = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            String name = type.getName();
            return PACKAGES.stream().anyMatch(name::startsWith);
        }
    };

    static boolean speaksDjango(Class<?> type) {
        return SPEAKS_DJANGO.get(type);
    }

    /** A framework list with methods of its own (a page of objects): listable, and its methods reachable. */
    static TemplateModel listWithMethods(List<?> list, BeansWrapper wrapper) {
        return new Sequence(list, wrapper);
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
        if (key.indexOf('_') > 0) {
            String camel = camelCase(key);
            if (hasZeroArgumentMethod(camel)) {
                return super.get(camel);
            }
        }
        return super.get(key);
    }

    private boolean hasZeroArgumentMethod(String name) {
        try {
            object.getClass().getMethod(name);
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private static String camelCase(String snake) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : snake.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    static final class Sequence extends DjangoNamesModel implements TemplateSequenceModel {
        private final List<?> list;

        Sequence(List<?> list, BeansWrapper wrapper) {
            super(list, wrapper);
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
