package dev.hotclub.templates.internal;

import freemarker.template.AdapterTemplateModel;
import freemarker.template.ObjectWrapper;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/**
 * A value of a class that is not public, or nested in one that is not ({@code record Article} inside the
 * package-private {@code Views} that startapp writes). FreeMarker reads only public classes' methods, so
 * {@code ${a.title}} would be "null or missing" and {@code url('news:detail', a.id)} would get {@code null}.
 * A record's components are read all the same (a record is data, written to be read); a property of another
 * such class is an error that says the class is not public and what to do. What FreeMarker reads itself (the
 * methods of a public interface the class implements) is read as before.
 */
final class NonPublicModel implements TemplateHashModel, TemplateScalarModel, AdapterTemplateModel {
    private final Object object;
    private final TemplateHashModel standard;
    private final ObjectWrapper wrapper;

    private NonPublicModel(Object object, TemplateHashModel standard, ObjectWrapper wrapper) {
        this.object = object;
        this.standard = standard;
        this.wrapper = wrapper;
    }

    /** The model of {@code object} when its class is not public; {@code null} when FreeMarker reads it itself. */
    static TemplateModel of(Object object, TemplateModel standard, ObjectWrapper wrapper) {
        Class<?> type = object.getClass();
        if (isPubliclyReachable(type) || !(standard instanceof TemplateHashModel hash)) {
            return null;
        }
        return new NonPublicModel(object, hash, wrapper);
    }

    /** Public, and every class it is nested in public too: what FreeMarker's introspection can call. */
    static boolean isPubliclyReachable(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
        Class<?> type = object.getClass();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                if (component.getName().equals(key)) {
                    return wrapper.wrap(read(component.getAccessor()));
                }
            }
        }
        TemplateModel standardValue = standard.get(key);
        if (standardValue != null || type.isRecord() || !hasProperty(type, key)) {
            return standardValue;
        }
        throw new TemplateModelException(describe(type) + " is not public, so a template cannot read its " + key
                + ": FreeMarker reads only public classes. Make " + whatToMakePublic(type) + " public, or make "
                + type.getSimpleName() + " a record (templates read a record's components whatever its access).");
    }

    private Object read(Method accessor) throws TemplateModelException {
        try {
            accessor.setAccessible(true); // the project's own class, on the class path: no module forbids it
            return accessor.invoke(object);
        } catch (ReflectiveOperationException | RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new TemplateModelException("Reading " + accessor.getName() + "() of " + describe(object.getClass())
                    + " failed: " + cause, cause);
        }
    }

    private static boolean hasProperty(Class<?> type, String key) {
        String capitalized = key.isEmpty() ? key : Character.toUpperCase(key.charAt(0)) + key.substring(1);
        return Arrays.stream(type.getMethods()).anyMatch(m -> m.getParameterCount() == 0
                && (m.getName().equals(key) || m.getName().equals("get" + capitalized) || m.getName().equals("is" + capitalized)));
    }

    private static String describe(Class<?> type) {
        return "The class " + type.getName().replace('$', '.');
    }

    /** "Article", or "Article and Views (which it is nested in)". */
    private static String whatToMakePublic(Class<?> type) {
        java.util.List<String> enclosing = new java.util.ArrayList<>();
        for (Class<?> c = type.getEnclosingClass(); c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers())) {
                enclosing.add(c.getSimpleName());
            }
        }
        return enclosing.isEmpty() ? type.getSimpleName()
                : type.getSimpleName() + " and " + String.join(" and ", enclosing) + " (which it is nested in)";
    }

    @Override
    public boolean isEmpty() {
        return false;
    }

    @Override
    public String getAsString() {
        return String.valueOf(object);
    }

    @Override
    public Object getAdaptedObject(Class<?> hint) {
        return object;
    }
}
