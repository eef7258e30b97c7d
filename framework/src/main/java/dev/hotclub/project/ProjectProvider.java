package dev.hotclub.project;

import java.util.ArrayList;
import java.util.List;
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
     * names. None, or more than one, is an error that says what to write.
     */
    static ProjectProvider find(ClassLoader loader) {
        List<ProjectProvider> found = new ArrayList<>();
        ServiceLoader.load(ProjectProvider.class, loader).forEach(found::add);
        if (found.isEmpty()) {
            throw new IllegalStateException("No Hotclub project found on the class path: add the file"
                    + " src/main/resources/META-INF/services/dev.hotclub.project.ProjectProvider with one line naming"
                    + " your ProjectProvider class, e.g. mysite.Site");
        }
        if (found.size() > 1) {
            throw new IllegalStateException("Several Hotclub projects found on the class path: "
                    + found.stream().map(p -> p.getClass().getName()).collect(Collectors.joining(", "))
                    + ". Keep one line in META-INF/services/dev.hotclub.project.ProjectProvider.");
        }
        return found.get(0);
    }
}
