package dev.hotclub.handlers.internal;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The static files inside a packaged project (a jar), each copied once to a temporary file the first time it is
 * asked for, and served from there with the file transfer a file on disk gets. Reading a jar entry whole for every
 * request would hold the whole file in the heap for as long as a slow client takes to read it (60 clients reading a
 * 20 MB file slowly held 664 MB); a copy costs its size on disk once. The copies go when the JVM exits.
 */
final class PackagedStaticFiles {
    // Keyed by the resource's URL and the jar's time: a jar replaced in place gets fresh copies.
    private static final Map<String, Path> COPIES = new ConcurrentHashMap<>();
    private static final AtomicLong COUNTER = new AtomicLong();
    private static volatile Path directory;

    private PackagedStaticFiles() {
    }

    /** The file holding {@code resource}'s bytes (named {@code ...-<its name>}, so its type is guessed from it). */
    static Path copyOf(URL resource, long jarModifiedMillis) throws IOException {
        try {
            return COPIES.computeIfAbsent(resource + "@" + jarModifiedMillis, key -> copy(resource));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static Path copy(URL resource) {
        String path = resource.getPath();
        String name = path.substring(path.lastIndexOf('/') + 1);
        try (InputStream in = resource.openStream()) {
            Path target = directory().resolve(COUNTER.incrementAndGet() + "-" + name);
            target.toFile().deleteOnExit();
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path directory() throws IOException {
        Path dir = directory;
        if (dir == null) {
            synchronized (PackagedStaticFiles.class) {
                if (directory == null) {
                    File created = Files.createTempDirectory("hotclub-static-").toFile();
                    // Registered before its files, so deleted after them (deleteOnExit runs in reverse order).
                    created.deleteOnExit();
                    directory = created.toPath();
                }
                dir = directory;
            }
        }
        return dir;
    }
}
