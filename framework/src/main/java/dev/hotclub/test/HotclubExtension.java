package dev.hotclub.test;

import dev.hotclub.project.Project;
import dev.hotclub.project.ProjectProvider;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * What {@link HotclubTest} does: it gives a test method a {@link Client} (one per test, closed after it) and the
 * {@link Project} (built once per test class), and closes after each test the clients the test instance holds in
 * its fields ({@code private final Client client = new Client(...)}): no test class needs an {@code @AfterEach}.
 */
public final class HotclubExtension implements ParameterResolver, AfterEachCallback {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(HotclubExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Client.class || type == Project.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Project project = project(context);
        if (parameter.getParameter().getType() == Project.class) {
            return project;
        }
        HotclubTest options = options(context);
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(Client.class, key -> options.debugMode()
                ? Client.debugMode(project).enforceCsrfChecks(options.enforceCsrfChecks())
                : new Client(project, options.enforceCsrfChecks()), Client.class);
    }

    /** Closes the test's client, and every {@link Client} the test instance holds in a field. */
    @Override
    public void afterEach(ExtensionContext context) throws IllegalAccessException {
        Client client = context.getStore(NAMESPACE).remove(Client.class, Client.class);
        if (client != null) {
            client.close();
        }
        for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
            for (Class<?> c = instance.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (field.getType() == Client.class && !Modifier.isStatic(field.getModifiers())) {
                        field.setAccessible(true);
                        Client held = (Client) field.get(instance);
                        if (held != null) {
                            held.close();
                        }
                    }
                }
            }
        }
    }

    private static HotclubTest options(ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        for (Class<?> c = testClass; c != null; c = c.getEnclosingClass()) {
            HotclubTest options = c.getAnnotation(HotclubTest.class);
            if (options != null) {
                return options;
            }
        }
        throw new ExtensionConfigurationException(testClass.getName() + " uses HotclubExtension without"
                + " @HotclubTest: annotate the class with @HotclubTest(Site.class)");
    }

    private static Project project(ExtensionContext context) {
        ExtensionContext classContext = context.getParent().filter(p -> p.getTestMethod().isEmpty()).orElse(context);
        return classContext.getStore(NAMESPACE).getOrComputeIfAbsent(Project.class,
                key -> provider(context).project(), Project.class);
    }

    private static ProjectProvider provider(ExtensionContext context) {
        Class<? extends ProjectProvider> type = options(context).value();
        if (type == ProjectProvider.class) {
            return ProjectProvider.find(context.getRequiredTestClass().getClassLoader());
        }
        try {
            return type.getDeclaredConstructor().newInstance();
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException e) {
            throw new ExtensionConfigurationException("@HotclubTest(" + type.getSimpleName() + ".class) needs a"
                    + " public constructor without arguments in " + type.getName(), e);
        } catch (InvocationTargetException e) {
            throw new ExtensionConfigurationException(type.getName() + "'s constructor failed: " + e.getCause(),
                    e.getCause());
        }
    }
}
