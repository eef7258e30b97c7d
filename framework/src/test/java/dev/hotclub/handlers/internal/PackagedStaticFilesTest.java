package dev.hotclub.handlers.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A static file in a jar is copied out once, then served as a file on disk")
class PackagedStaticFilesTest {
    @TempDir
    Path dir;

    @Test
    @DisplayName("the copy holds the entry's bytes, keeps its name for the content type, and is made once per jar time")
    void copiedOnce() throws Exception {
        byte[] css = "body { color: red }".repeat(10_000).getBytes();
        Path jar = dir.resolve("site.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("static/css/site.css"));
            out.write(css);
            out.closeEntry();
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            URL resource = loader.getResource("static/css/site.css");
            Path copy = PackagedStaticFiles.copyOf(resource, 1000);
            assertArrayEquals(css, Files.readAllBytes(copy));
            assertTrue(copy.getFileName().toString().endsWith("-site.css"), copy.toString());
            assertEquals(copy, PackagedStaticFiles.copyOf(resource, 1000));
            assertNotEquals(copy, PackagedStaticFiles.copyOf(resource, 2000), "a jar replaced in place is copied again");
        }
    }

    @Test
    @DisplayName("an entry that cannot be read is an IOException, and nothing is remembered for it")
    void unreadable() throws IOException {
        URL missing = new URL("jar:" + dir.resolve("none.jar").toUri() + "!/static/x.css");
        try {
            PackagedStaticFiles.copyOf(missing, 1);
            throw new AssertionError("expected an IOException");
        } catch (IOException expected) {
            // the next request tries again
        }
    }
}
