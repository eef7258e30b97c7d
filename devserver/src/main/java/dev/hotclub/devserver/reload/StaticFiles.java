package dev.hotclub.devserver.reload;

import io.undertow.predicate.Predicates;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.ResponseCodeHandler;
import io.undertow.server.handlers.resource.PathResourceManager;
import io.undertow.server.handlers.resource.Resource;
import io.undertow.server.handlers.resource.ResourceChangeListener;
import io.undertow.server.handlers.resource.ResourceHandler;
import io.undertow.server.handlers.resource.ResourceManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Serves {@code /static/...} in dev from the project's {@code static/} and each installed app's static
 * folder, first match wins (Django's static files finders). Undertow's resource handler does the
 * serving (content types, ranges, conditional requests); files are read at each request, so an edit
 * shows at once. A path with a {@code ..} segment, a backslash or a NUL is refused before any lookup,
 * and symbolic links are not followed out of the folders.
 */
public final class StaticFiles {

    public static final String PREFIX = "/static/";

    private final ResourceManager resources;
    private final ResourceHandler handler;

    public StaticFiles(List<Path> folders) {
        List<ResourceManager> managers = new ArrayList<>();
        for (Path folder : folders) {
            managers.add(PathResourceManager.builder().setBase(folder).setFollowLinks(false).setCaseSensitive(true).build());
        }
        this.resources = new FirstMatch(managers);
        this.handler = new ResourceHandler(resources, ResponseCodeHandler.HANDLE_404)
            .setDirectoryListingEnabled(false)
            .setCachable(Predicates.falsePredicate());
    }

    /** Whether this request is for a static file that exists; if so, {@link #serve} sends it. */
    public boolean has(HttpServerExchange exchange) throws IOException {
        String relative = relativePath(exchange);
        if (relative == null) {
            return false;
        }
        Resource resource = resources.getResource(relative);
        return resource != null && !resource.isDirectory();
    }

    public void serve(HttpServerExchange exchange) throws Exception {
        exchange.setRelativePath(relativePath(exchange));
        handler.handleRequest(exchange);
    }

    /** {@code /static/css/site.css} gives {@code /css/site.css}; null when not a safe static path. */
    static String relativePath(HttpServerExchange exchange) {
        String path = exchange.getRequestPath();
        if (!path.startsWith(PREFIX)) {
            return null;
        }
        String relative = path.substring(PREFIX.length() - 1);
        if (relative.indexOf('\\') >= 0 || relative.indexOf('\0') >= 0) {
            return null;
        }
        for (String segment : relative.split("/")) {
            if (segment.equals("..") || segment.equals(".")) {
                return null;
            }
        }
        return relative;
    }

    /** The static folders of a project: its {@code static/}, then each app's ({@code <resources>/<app package>/static}). */
    public static List<Path> folders(Path projectDir, Path resourcesDir, List<String> appPackages) {
        List<Path> folders = new ArrayList<>();
        folders.add(projectDir.resolve("static"));
        for (String pkg : appPackages) {
            folders.add(resourcesDir.resolve(pkg.replace('.', '/')).resolve("static"));
        }
        return folders.stream().filter(Files::isDirectory).toList();
    }

    private record FirstMatch(List<ResourceManager> managers) implements ResourceManager {
        @Override
        public Resource getResource(String path) throws IOException {
            for (ResourceManager manager : managers) {
                Resource resource = manager.getResource(path);
                if (resource != null) {
                    return resource;
                }
            }
            return null;
        }

        @Override
        public boolean isResourceChangeListenerSupported() {
            return false;
        }

        @Override
        public void registerResourceChangeListener(ResourceChangeListener listener) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void removeResourceChangeListener(ResourceChangeListener listener) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void close() throws IOException {
            for (ResourceManager manager : managers) {
                manager.close();
            }
        }
    }
}
