package dev.hotclub.project;

import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * A user's project: Django's {@code settings.py} and root {@code urls.py} as one class. The dev server and a
 * production {@code main} find it through the {@link java.util.ServiceLoader} file
 * {@code META-INF/services/dev.hotclub.project.ProjectProvider}, which names the class:
 *
 * <pre>{@code
 * public final class Site implements ProjectProvider {
 *     @Override public Project project() {
 *         return Project.named("mysite")
 *             .urls(path("greetings/", include(new GreetingsApp())))
 *             .build();
 *     }
 * }
 * }</pre>
 *
 * {@link #project()} may be called once per code generation in the dev server: build everything in it, keep
 * nothing in static fields.
 */
@FunctionalInterface
public interface ProjectProvider {
    Project project();

    /**
     * The one provider that {@code loader}'s {@code META-INF/services/dev.hotclub.project.ProjectProvider}
     * names, as a production launcher finds it. None, more than one, or a class that cannot be the project is
     * an error that says what to write.
     */
    static ProjectProvider find(ClassLoader loader) {
        return lookUp(loader, false);
    }

    /**
     * As {@link #find}, counting only a provider whose class {@code loader} itself defined: in the dev server,
     * the generation's loader defines the project's classes, and a dependency's provider is not the project.
     */
    static ProjectProvider findDefinedBy(ClassLoader loader) {
        return lookUp(loader, true);
    }

    /** The one lookup behind both: a missing, doubled or broken service file reads the same everywhere. */
    private static ProjectProvider lookUp(ClassLoader loader, boolean definedByLoader) {
        List<ServiceLoader.Provider<ProjectProvider>> found;
        try {
            found = ServiceLoader.load(ProjectProvider.class, loader).stream()
                    .filter(p -> !definedByLoader || p.type().getClassLoader() == loader)
                    .toList();
        } catch (ServiceConfigurationError e) {
            throw unusable(e);
        }
        if (found.isEmpty()) {
            throw new IllegalStateException("No Hotclub project found: add the file " + serviceFile()
                    + " with one line naming your class that implements ProjectProvider, e.g. mysite.Site.");
        }
        if (found.size() > 1) {
            throw new IllegalStateException("Several Hotclub projects found: "
                    + found.stream().map(p -> p.type().getName()).collect(Collectors.joining(", "))
                    + ". Keep one line in " + serviceFile() + ".");
        }
        try {
            return found.get(0).get();
        } catch (ServiceConfigurationError e) {
            throw unusable(e);
        }
    }

    private static IllegalStateException unusable(ServiceConfigurationError e) {
        return new IllegalStateException(serviceFile() + " names a class that cannot be used as the project: "
                + e.getMessage() + ". It must name your class that implements ProjectProvider, e.g. mysite.Site.", e);
    }

    /** Where the project declares its provider, as its source tree names it. */
    private static String serviceFile() {
        return "src/main/resources/META-INF/services/" + ProjectProvider.class.getName();
    }
}
