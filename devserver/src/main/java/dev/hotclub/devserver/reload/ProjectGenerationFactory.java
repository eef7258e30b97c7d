package dev.hotclub.devserver.reload;

import dev.hotclub.devserver.livereload.LiveReload;
import dev.hotclub.project.Project;
import dev.hotclub.project.ProjectProvider;
import dev.hotclub.server.ProjectHandler;
import dev.hotclub.urls.UrlWarning;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Builds a generation through the framework's public API, as a production launcher would: the
 * {@link ProjectProvider} named in {@code META-INF/services}, its {@link Project} (whose build checks the
 * URLconf), and a {@link ProjectHandler} released with the generation.
 */
public final class ProjectGenerationFactory implements GenerationFactory {

    static final String SERVICE_FILE = "META-INF/services/" + ProjectProvider.class.getName();

    @Override
    public Built build(GenerationClassLoader loader, Path projectDir, Path resourcesDir, LiveReload liveReload) {
        ProjectProvider provider = providerIn(loader);
        Project built = provider.project();
        if (built == null) {
            throw new IllegalStateException(provider.getClass().getName() + ".project() returned null;"
                + " it must return Project.named(...)...build().");
        }
        // Pinned to the project's folder whatever the working directory, and reading templates and static
        // files from src/main/resources on disk, so that their edits need no reload.
        Project project = built.withBaseDir(projectDir).withResourceDirs(resourcesDir);
        ProjectHandler handler = new ProjectHandler(project, liveReload.responseFilter(wantsLiveReload(project)));
        List<String> warnings = project.resolver().warnings().stream().map(UrlWarning::toString).toList();
        return new Built(project.name(), handler, warnings, handler::close);
    }

    /** DEBUG on, and the project does not turn live reload off with {@code .setting("LIVE_RELOAD", false)}. */
    static boolean wantsLiveReload(Project project) {
        Object setting = project.settings().getOrDefault(LiveReload.SETTING, Boolean.TRUE);
        if (!(setting instanceof Boolean wanted)) {
            throw new IllegalStateException("The setting '" + LiveReload.SETTING + "' must be true or false, got "
                + (setting == null ? "null" : setting.getClass().getSimpleName() + " " + setting)
                + ". Write .setting(\"" + LiveReload.SETTING + "\", false) to turn live reload off.");
        }
        return project.debug() && wanted;
    }

    /** The project's own provider: one whose class this generation compiled (a dependency's is not the project). */
    static ProjectProvider providerIn(GenerationClassLoader loader) {
        List<ServiceLoader.Provider<ProjectProvider>> own;
        try {
            own = ServiceLoader.load(ProjectProvider.class, loader).stream()
                .filter(p -> p.type().getClassLoader() == loader)
                .toList();
        } catch (ServiceConfigurationError e) {
            throw new IllegalStateException("src/main/resources/" + SERVICE_FILE + " names a class that cannot be used as"
                + " the project: " + e.getMessage() + ". It must name your ProjectProvider class, e.g. mysite.Site.", e);
        }
        if (own.isEmpty()) {
            throw new IllegalStateException("No project found: src/main/resources/" + SERVICE_FILE
                + " must name the class of your project that implements ProjectProvider (e.g. mysite.Site).");
        }
        if (own.size() > 1) {
            throw new IllegalStateException("Several projects found in src/main/resources/" + SERVICE_FILE + ": "
                + own.stream().map(p -> p.type().getName()).toList() + ". Keep one.");
        }
        return own.get(0).get();
    }
}
