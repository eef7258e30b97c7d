package dev.hotclub.handlers.internal;

import dev.hotclub.http.FileResponse;
import dev.hotclub.http.Http404;
import dev.hotclub.http.HttpRequest;
import dev.hotclub.http.HttpResponse;
import dev.hotclub.utils.HttpDates;
import dev.hotclub.utils.MediaTypes;
import dev.hotclub.project.App;
import dev.hotclub.http.Middleware;
import dev.hotclub.project.Project;
import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves {@code <staticUrl><file>} (Django's staticfiles as runserver does it): from the project's static
 * folders, then each installed app's {@code <package as path>/static/}, on disk in the project's resource
 * folders first, then on the app's class path. The project's own folder is also read from {@code static/} on
 * the project's class path (a packaged jar). A name that climbs out ({@code ..}), a file whose real path is
 * outside its static folder (a symbolic link pointing elsewhere), or a name not found is a 404.
 *
 * <p>As Django's {@code static.serve}, a file goes with its {@code Last-Modified} time, and a request whose
 * {@code If-Modified-Since} is no older than the file gets a 304 without a body. Unlike Django, every answer
 * says {@code Cache-Control: no-cache}: the browser asks again (and gets the 304) each time it needs the file,
 * instead of reusing a copy it guesses is fresh from the file's age, which would show a stylesheet as it was
 * before an edit.
 */
public final class StaticFilesMiddleware implements Middleware {
    /** Where a packaged project's {@code static/} folder lies on its class path. */
    public static final String PROJECT_RESOURCES_STATIC = "static/";
    /** Django's reading of If-Modified-Since: a date, and the length old browsers appended. */
    private static final Pattern IF_MODIFIED_SINCE = Pattern.compile("^([^;]+)(; length=([0-9]+))?$", Pattern.CASE_INSENSITIVE);
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
        return conditional(request, find(request));
    }

    /**
     * A static file found: when it last changed (0 when unknown), its length, and its response, made only when the
     * file is sent (a file in a jar is copied out on its first sending: not for a 304).
     */
    private record Found(long lastModifiedMillis, long length, Body body) {
    }

    private interface Body {
        HttpResponse response() throws IOException;
    }

    private Found find(HttpRequest request) throws IOException {
        String name = request.path().substring(prefix.length());
        if (!isSafe(name)) {
            throw new Http404("\"" + name + "\" is not a static file name");
        }
        for (Path dir : project.staticDirs()) {
            Optional<Found> file = fromFolder(dir, name);
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
                Optional<Found> file = fromFolder(resources.resolve(app.staticFolder()), name);
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

    private static Optional<Found> fromFolder(Path dir, String name) throws IOException {
        Path file = dir.resolve(name).normalize();
        if (!file.startsWith(dir.normalize()) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        requireInside(dir, file, name);
        return Optional.of(fromDisk(file));
    }

    private static Found fromDisk(Path file) throws IOException {
        FileResponse response = FileResponse.of(file); // streamed when it is written: nothing read yet
        return new Found(Files.getLastModifiedTime(file).toMillis(), response.contentLength(), () -> response);
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

    private static Found fromClassPath(URL resource, String name) throws IOException {
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
            return fromDisk(file);
        }
        URLConnection connection = resource.openConnection();
        long modified = lastModified(connection);
        // Never read whole per request: copied once to a temporary file, then sent as a file on disk is.
        return new Found(modified, connection.getContentLengthLong(),
                () -> FileResponse.of(PackagedStaticFiles.copyOf(resource, modified)));
    }

    /**
     * A file in a jar changed when the jar did: the jar's own time, not the entry's, which a reproducible build
     * sets to one fixed date for every entry of every release (the next release's file would then seem unchanged).
     */
    private static long lastModified(URLConnection connection) throws IOException {
        if (connection instanceof JarURLConnection jar && jar.getJarFileURL().getProtocol().equals("file")) {
            try {
                return Files.getLastModifiedTime(Path.of(jar.getJarFileURL().toURI())).toMillis();
            } catch (URISyntaxException e) {
                return 0;
            }
        }
        return connection instanceof JarURLConnection ? 0 : connection.getLastModified();
    }

    /**
     * Django's {@code was_modified_since}: a 304 when the request's {@code If-Modified-Since} is a date no older
     * than the file's time (in whole seconds, as the header has it) and its length, if it gives one, is the file's.
     * A header that does not parse is no condition: the file is sent.
     */
    private static HttpResponse conditional(HttpRequest request, Found found) throws IOException {
        long modified = found.lastModifiedMillis() / 1000;
        boolean known = found.lastModifiedMillis() > 0;
        HttpResponse response = known && !modifiedSince(request.header("If-Modified-Since"), modified, found.length())
            ? new HttpResponse(new byte[0], 304, HttpResponse.DEFAULT_CONTENT_TYPE).removeHeader("Content-Type")
            : found.body().response();
        if (known) {
            response.header("Last-Modified", HttpDates.format(Instant.ofEpochSecond(modified)));
        }
        return response.header("Cache-Control", "no-cache");
    }

    private static boolean modifiedSince(String header, long modifiedSeconds, long length) {
        if (header == null) {
            return true;
        }
        Matcher matcher = IF_MODIFIED_SINCE.matcher(header);
        if (!matcher.matches()) {
            return true;
        }
        Optional<Instant> since = HttpDates.parse(matcher.group(1));
        if (since.isEmpty()) {
            return true;
        }
        if (matcher.group(3) != null && !matcher.group(3).equals(Long.toString(length))) {
            return true;
        }
        return modifiedSeconds > since.get().getEpochSecond();
    }
}
