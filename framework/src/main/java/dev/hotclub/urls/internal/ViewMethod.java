package dev.hotclub.urls.internal;

import dev.hotclub.http.TypedView;
import dev.hotclub.conf.ImproperlyConfigured;

import java.lang.invoke.MethodType;
import java.lang.invoke.SerializedLambda;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The method behind a {@link TypedView}: a method reference's target or a lambda's body, found through the
 * {@link SerializedLambda} the compiler writes for a serializable lambda. Read once, when the resolver is built;
 * nothing is kept in a static field, so a reloaded project's classes are not held.
 *
 * @param description  {@code Views.detail(HttpRequest, int)}, or {@code a lambda in GreetingsApp.urls}
 * @param site         {@code Views.java:31} (the method's first line), or the class name when unknown
 * @param types        the types of the parameters after the request
 * @param names        their names, or null when the class was compiled without {@code -parameters}
 */
record ViewMethod(String description, String site, List<Class<?>> types, List<String> names) {

    static ViewMethod of(TypedView view, String where) {
        SerializedLambda lambda = serializedForm(view, where);
        Class<?> owner;
        try {
            owner = Class.forName(lambda.getImplClass().replace('/', '.'), false, view.getClass().getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new ImproperlyConfigured("Cannot find the class " + lambda.getImplClass() + " of the view (" + where
                    + ").", e);
        }
        Method method = Arrays.stream(owner.getDeclaredMethods())
                .filter(m -> m.getName().equals(lambda.getImplMethodName())
                        && descriptor(m).equals(lambda.getImplMethodSignature()))
                .findFirst()
                .orElseThrow(() -> new ImproperlyConfigured("Cannot find the view method " + lambda.getImplMethodName()
                        + lambda.getImplMethodSignature() + " in " + owner.getName() + " (" + where + ")."));
        // A lambda's captured variables come first; the function's parameters (request, values...) last.
        Parameter[] all = method.getParameters();
        List<Parameter> values = Arrays.asList(all).subList(all.length - view.arity(), all.length);
        boolean named = values.stream().allMatch(Parameter::isNamePresent);
        ClassFileLines lines = ClassFileLines.of(owner, method.getName(), lambda.getImplMethodSignature());
        String file = lines.sourceFile() != null ? lines.sourceFile() : owner.getSimpleName() + ".java";
        return new ViewMethod(describe(owner, method, all.length - view.arity()),
                lines.line() >= 0 ? file + ":" + lines.line() : file,
                values.stream().<Class<?>>map(Parameter::getType).toList(),
                named ? values.stream().map(Parameter::getName).toList() : null);
    }

    private static SerializedLambda serializedForm(TypedView view, String where) {
        try {
            Method writeReplace = view.getClass().getDeclaredMethod("writeReplace");
            writeReplace.setAccessible(true);
            if (writeReplace.invoke(view) instanceof SerializedLambda lambda) {
                return lambda;
            }
        } catch (ReflectiveOperationException | RuntimeException notALambda) {
            // below
        }
        throw new ImproperlyConfigured("The view " + view.getClass().getName() + " (" + where + ") takes captured"
                + " values as parameters but is not a method reference or a lambda, so its parameters cannot be"
                + " read. Pass a method reference (Views::detail) or a lambda.");
    }

    private static String descriptor(Method m) {
        return MethodType.methodType(m.getReturnType(), m.getParameterTypes()).toMethodDescriptorString();
    }

    /** {@code Views.detail(HttpRequest, int)}; a lambda's body is named after the method it was written in. */
    private static String describe(Class<?> owner, Method method, int firstParameter) {
        String className = owner.getName().substring(owner.getName().lastIndexOf('.') + 1).replace('$', '.');
        if (method.isSynthetic() && method.getName().startsWith("lambda$")) {
            String enclosing = method.getName().split("\\$")[1];
            return "the lambda in " + className + "." + enclosing;
        }
        String parameters = Arrays.stream(method.getParameterTypes()).skip(Math.max(0, firstParameter - 1))
                .map(Class::getSimpleName).collect(Collectors.joining(", "));
        return className + "." + method.getName() + "(" + parameters + ")";
    }
}
