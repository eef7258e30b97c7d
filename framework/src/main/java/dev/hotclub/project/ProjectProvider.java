package dev.hotclub.project;

/**
 * A user's project: Django's {@code settings.py} and root {@code urls.py} as one class. The dev server and a
 * production {@code main} find it through the {@link java.util.ServiceLoader} file
 * {@code META-INF/services/dev.hotclub.project.ProjectProvider}, which names the class:
 *
 * <pre>{@code
 * public final class Site implements ProjectProvider {
 *     @Override public Project project() {
 *         return Project.named("mysite")
 *             .debug(true)
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
}
