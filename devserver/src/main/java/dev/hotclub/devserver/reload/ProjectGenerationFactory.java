package dev.hotclub.devserver.reload;

import dev.hotclub.devserver.livereload.LiveReload;
import dev.hotclub.devserver.livereload.NoticeBanner;
import dev.hotclub.project.Env;
import dev.hotclub.project.Project;
import dev.hotclub.project.ProjectProvider;
import dev.hotclub.server.ProjectHandler;
import dev.hotclub.urls.UrlWarning;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Builds a generation through the framework's public API, as a production launcher would: the
 * {@link ProjectProvider} named in {@code META-INF/services}, its {@link Project} (whose build checks the
 * URLconf), and a {@link ProjectHandler} released with the generation.
 */
public final class ProjectGenerationFactory implements GenerationFactory {

    @Override
    public Built build(GenerationClassLoader loader, Path projectDir, Path resourcesDir, LiveReload liveReload) {
        ProjectProvider provider = providerIn(loader);
        // runserver is for development: DEBUG is on unless the environment (or the project's code) says otherwise.
        Project built = Env.withDefaults(Map.of("DEBUG", "true"), provider::project);
        if (built == null) {
            throw new IllegalStateException(provider.getClass().getName() + ".project() returned null;"
                + " it must return Project.named(...)...build().");
        }
        // Pinned to the project's folder whatever the working directory, and reading templates and static
        // files from src/main/resources on disk, so that their edits need no reload.
        Project project = built.withBaseDir(projectDir).withResourceDirs(resourcesDir);
        List<String> notices = MigrationNotices.of(project, projectDir);
        ProjectHandler handler = new ProjectHandler(project, NoticeBanner.around(
            liveReload.responseFilter(wantsLiveReload(project)), project.debug() ? notices : List.of()));
        List<String> warnings = project.resolver().warnings().stream().map(UrlWarning::toString).toList();
        return new Built(project.name(), handler, warnings, notices, handler::close);
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
        return ProjectProvider.findDefinedBy(loader);
    }
}
