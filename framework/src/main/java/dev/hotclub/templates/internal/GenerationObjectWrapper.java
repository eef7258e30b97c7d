package dev.hotclub.templates.internal;

import dev.hotclub.templates.SafeHtml;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateDateModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The object wrapper of one template engine. Built from a configuration object rather than by
 * {@link DefaultObjectWrapperBuilder#build()}, which hands out a wrapper shared JVM-wide whose class
 * introspection cache would keep every generation's classes; this one's cache goes with its engine.
 *
 * <p>Java accessors in this framework are record-like ({@code request.path()}), so templates may write
 * {@code ${request.path}} for any class, records or not. Both policies are set in one step: FreeMarker refuses
 * them unequal where its Java 16 support is missing (a fat jar that dropped the multi-release classes).
 *
 * <p>Public fields are read too: a model's columns are public fields ({@code ${question.questionText}}).
 *
 * <p>A record that is not public (nested in startapp's package-private {@code Views}) is read all the same, and a
 * property of another class that is not public is an error saying so ({@link NonPublicModel}).
 *
 * <p>Dates print as Django prints them: a {@code java.util.Date} is a date-time (FreeMarker would refuse to
 * print it, not knowing whether it has a time part), and {@code java.time} values are dates too
 * ({@link TemporalModel}). A {@link SafeHtml} object prints unescaped ({@link SafeHtmlModel}).
 */
public final class GenerationObjectWrapper extends DefaultObjectWrapper {
    public GenerationObjectWrapper() {
        super(settings(), false);
    }

    /**
     * A counter ({@code AtomicInteger}, {@code AtomicLong}, {@code LongAdder}) as its value read now, an
     * {@code Integer} or a {@code Long}: it prints as an integer and compares and adds as one. {@link SafeHtml}
     * objects (forms, their fields and errors) print as the HTML they are.
     */
    @Override
    public TemplateModel wrap(Object obj) throws TemplateModelException {
        if (obj == null || obj instanceof String || obj instanceof TemplateModel) {
            // The values of most lookups, which none of the cases below is about: no class tests for them.
            return super.wrap(obj);
        }
        if (PythonNumberFormat.isWholeCounter(obj)) {
            Number counter = (Number) obj;
            return super.wrap(obj instanceof AtomicInteger ? (Object) counter.intValue() : (Object) counter.longValue());
        }
        if (obj instanceof SafeHtml safe) {
            return SafeHtmlModel.of(safe, this);
        }
        if (obj instanceof Iterable<?> && !(obj instanceof java.util.Collection<?>) && !(obj instanceof java.util.Map<?, ?>)
                && !(obj instanceof java.nio.file.Path) && !DjangoNamesModel.speaksDjango(obj.getClass())) {
            return new IterableBeanModel(obj, this);
        }
        if (DjangoNamesModel.speaksDjango(obj.getClass())) {
            return obj instanceof java.util.List<?> list ? DjangoNamesModel.listWithMethods(list, this)
                    : new DjangoNamesModel(obj, this);
        }
        return super.wrap(obj);
    }

    @Override
    protected TemplateModel handleUnknownType(Object obj) throws TemplateModelException {
        TemplateModel temporal = TemporalModel.of(obj, this);
        if (temporal != null) {
            return temporal;
        }
        TemplateModel standard = super.handleUnknownType(obj);
        TemplateModel nonPublic = NonPublicModel.of(obj, standard, this);
        return nonPublic != null ? nonPublic : standard;
    }

    private static DefaultObjectWrapperBuilder settings() {
        DefaultObjectWrapperBuilder settings = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        settings.setDefaultZeroArgumentNonVoidMethodPolicy(
                ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        settings.setRecordZeroArgumentNonVoidMethodPolicy(
                ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        settings.setDefaultDateType(TemplateDateModel.DATETIME);
        // A model's columns are public fields (question.questionText), as Django templates read attributes.
        settings.setExposeFields(true);
        return settings;
    }
}
