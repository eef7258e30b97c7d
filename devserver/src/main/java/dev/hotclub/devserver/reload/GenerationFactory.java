package dev.hotclub.devserver.reload;

import dev.hotclub.devserver.livereload.LiveReload;
import io.undertow.server.HttpHandler;
import java.nio.file.Path;
import java.util.List;

/**
 * Turns a generation's class loader into something to serve: finds the project's provider in it,
 * builds and checks the project, makes its handler. {@link ProjectGenerationFactory} does this through
 * the framework's public API; the reload machinery itself knows nothing of projects.
 */
@FunctionalInterface
public interface GenerationFactory {

    /**
     * Builds a generation; any exception is shown as the build failure, with the project's frames mapped to sources.
     * The handler's pages get {@code liveReload}'s script when the project wants it.
     */
    Built build(GenerationClassLoader loader, Path projectDir, Path resourcesDir, LiveReload liveReload) throws Exception;

    /**
     * @param projectName what the banner calls the project
     * @param handler     serves requests with this generation
     * @param warnings    the URL checks' warnings, one line each
     * @param release     frees what the generation holds (template caches, ...) once its last request is done
     */
    /**
     * @param warnings the URL checks' warnings
     * @param notices  what the console says after the checks at each start and reload: the migrations that are
     *                 not applied, the models with changes no migration holds
     */
    record Built(String projectName, HttpHandler handler, List<String> warnings, List<String> notices, Runnable release) {
        public Built {
            warnings = List.copyOf(warnings);
            notices = List.copyOf(notices);
        }

        public Built(String projectName, HttpHandler handler, List<String> warnings, Runnable release) {
            this(projectName, handler, warnings, List.of(), release);
        }
    }
}
