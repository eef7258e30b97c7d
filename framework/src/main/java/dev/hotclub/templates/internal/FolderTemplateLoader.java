package dev.hotclub.templates.internal;

import freemarker.cache.URLTemplateLoader;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loads templates from a folder that may not exist yet (FreeMarker's FileTemplateLoader insists it does): a
 * project that creates {@code templates/} while the dev server runs sees it at once.
 */
public final class FolderTemplateLoader extends URLTemplateLoader {
    private final Path root;

    public FolderTemplateLoader(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    @Override
    protected URL getURL(String name) {
        Path file = root.resolve(name).normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            return null;
        }
        try {
            return file.toUri().toURL();
        } catch (MalformedURLException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return root.toString();
    }
}
