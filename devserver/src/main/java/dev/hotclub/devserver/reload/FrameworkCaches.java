package dev.hotclub.devserver.reload;

import dev.hotclub.http.internal.Json;
import java.beans.Introspector;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;

/**
 * Evicts a retired generation's classes from the caches that outlive it, so its class loader can be
 * collected.
 *
 * <p>FreeMarker shares one class introspection cache between all object wrappers with equal settings
 * (a static, JVM-wide cache), so every generation's wrapper adds its classes to the same map, and
 * {@code clearClassIntrospectionCache()} is refused on such a shared cache. The way out is to remove
 * the generation's classes one by one through a wrapper with the same settings as the framework's
 * {@code TemplateEngine}: that wrapper gets the same shared cache. If the framework's settings change,
 * {@code NoLeaksTest} fails and this must follow. FreeMarker also asks {@link Introspector} for bean
 * properties, and the JDK's BeanInfo cache refers to the classes strongly: those entries go too.
 */
final class FrameworkCaches {

    private static final DefaultObjectWrapper SAME_AS_TEMPLATE_ENGINE = sameAsTemplateEngine();

    private FrameworkCaches() {
    }

    private static DefaultObjectWrapper sameAsTemplateEngine() {
        DefaultObjectWrapper wrapper = new DefaultObjectWrapper(Configuration.VERSION_2_3_34);
        wrapper.setDefaultZeroArgumentNonVoidMethodPolicy(
            ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        return wrapper;
    }

    static void forget(GenerationClassLoader loader) {
        for (Class<?> type : loader.definedClasses()) {
            SAME_AS_TEMPLATE_ENGINE.removeFromClassIntrospectionCache(type);
            // FreeMarker reads bean properties through java.beans, whose BeanInfo cache keeps its classes strongly.
            Introspector.flushFromCaches(type);
        }
        Json.forgetClasses();
    }
}
