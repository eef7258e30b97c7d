package dev.hotclub.server.internal;

import dev.hotclub.http.FileResponse;
import dev.hotclub.http.Http404;
import dev.hotclub.http.HttpRequest;
import dev.hotclub.http.HttpResponse;
import dev.hotclub.http.internal.MediaTypes;
import dev.hotclub.project.App;
import dev.hotclub.project.Middleware;
import dev.hotclub.project.Project;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Serves {@code <staticUrl><file>} (Django's staticfiles as runserver does it): from the project's static
 * folders, then each installed app's {@code <package as path>/static/}, on disk in the project's resource
 * folders first, then on the app's class path. The project's own folder is also read from {@code static/} on
 * the project's class path (a packaged jar). A name that climbs out ({@code ..}), a file whose real path is
 * outside its static folder (a symbolic link pointing elsewhere), or a name not found is a 404.
 */
public final class StaticFilesMiddleware implements Middleware {
    /** Where a packaged project's {@code static/} folder lies on its class path. */
    public static final String PROJECT_RESOURCES_STATIC = "static/";
    private final Project project;
    private final String prefix;

    public StaticFilesMiddleware(Project project) {
        this.project = project;
        this.prefix = project.staticUrl();
    }

    @Override
    public HttpResponse process(HttpRequest request, Next next) throws Exception {
        if (!request.path().startsWith(prefix)) {
            return next.proceed(request);
        }
        if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
            return HttpResponse.notAllowed("GET", "HEAD");
        }
        String name = request.path().substring(prefix.length());
        if (!isSafe(name)) {
            throw new Http404("\"" + name + "\" is not a static file name");
        }
        for (Path dir : project.staticDirs()) {
            Optional<HttpResponse> file = fromFolder(dir, name);
            if (file.isPresent()) {
                return file.get();
            }
        }
        // A packaged project (java -jar) carries its static/ folder inside the jar.
        URL packaged = project.classLoader().getResource(PROJECT_RESOURCES_STATIC + name);
        if (packaged != null) {
            return fromClassPath(packaged, name);
        }
        for (App app : project.apps()) {
            for (Path resources : project.resourceDirs()) {
                Optional<HttpResponse> file = fromFolder(resources.resolve(app.staticFolder()), name);
                if (file.isPresent()) {
                    return file.get();
                }
            }
            URL resource = app.getClass().getClassLoader().getResource(app.staticFolder() + name);
            if (resource != null) {
                return fromClassPath(resource, name);
            }
        }
        throw new Http404("\"" + name + "\" does not exist in the static folders");
    }

    private static boolean isSafe(String name) {
        if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.indexOf('\0') >= 0) {
            return false;
        }
        for (String segment : name.split("/")) {
            if (segment.equals("..") || segment.equals(".")) {
                return false;
            }
        }
        return true;
    }

    private static Optional<HttpResponse> fromFolder(Path dir, String name) throws IOException {
        Path file = dir.resolve(name).normalize();
        if (!file.startsWith(dir.normalize()) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        requireInside(dir, file, name);
        return Optional.of(FileResponse.of(file));
    }

    /**
     * Refuses {@code file} unless its real path lies under the real path of {@code dir}: a symbolic link in a
     * static folder that leads out of it would otherwise serve any file the server can read.
     */
    private static void requireInside(Path dir, Path file, String name) throws IOException {
        if (!file.toRealPath().startsWith(dir.toRealPath())) {
            throw new Http404("\"" + name + "\" leads out of its static folder");
        }
    }

    private static HttpResponse fromClassPath(URL resource, String name) throws IOException {
        if (resource.getProtocol().equals("file")) {
            Path file;
            try {
                file = Path.of(resource.toURI());
            } catch (URISyntaxException e) {
                throw new IOException("Cannot read static file " + resource, e);
            }
            // The class path entry's static folder: the file's path less the name asked for.
            Path dir = file;
            for (int i = Path.of(name).getNameCount(); i > 0 && dir != null; i--) {
                dir = dir.getParent();
            }
            requireInside(dir == null ? file : dir, file, name);
            return FileResponse.of(file);
        }
        try (InputStream in = resource.openStream()) {
            return new HttpResponse(in.readAllBytes(), 200, MediaTypes.guess(name));
        }
    }
}
