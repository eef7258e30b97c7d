package dev.hotclub.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.hotclub.http.HttpRequest;
import dev.hotclub.project.ProjectProvider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The dev server builds a project per code generation in a fresh class loader; once its handler is closed and
 * dropped, nothing in the framework may keep that loader (and so the generation's classes) alive.
 */
@DisplayName("A closed ProjectHandler lets its generation's class loader be collected")
class GenerationReleaseTest {

    /** Loads the fixture's classes itself (child first), everything else from the test's class path. */
    static final class GenerationLoader extends ClassLoader {
        GenerationLoader(ClassLoader parent) {
            super("generation", parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith("dev.hotclub.fixture.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
                        if (in == null) {
                            throw new ClassNotFoundException(name);
                        }
                        byte[] bytes = in.readAllBytes();
                        loaded = defineClass(name, bytes, 0, bytes.length);
                    } catch (IOException e) {
                        throw new ClassNotFoundException(name, e);
                    }
                }
                return loaded;
            }
        }
    }

    private static WeakReference<ClassLoader> serveOneGeneration() throws Exception {
        GenerationLoader loader = new GenerationLoader(GenerationReleaseTest.class.getClassLoader());
        ProjectProvider provider = (ProjectProvider) loader.loadClass("dev.hotclub.fixture.FixtureSite")
                .getConstructor().newInstance();
        try (ProjectHandler handler = new ProjectHandler(provider.project())) {
            assertEquals(loader, handler.project().apps().get(0).getClass().getClassLoader());
            assertEquals("<h1>Hello, bob!</h1><p>Path /greetings/hello/bob/</p>\n",
                    handler.serve(HttpRequest.builder("GET", "/greetings/hello/bob/").build()).text());
            assertEquals("{\"sum\":3}", handler.serve(HttpRequest.builder("POST", "/greetings/json/")
                    .header("Content-Type", "application/json")
                    .body("{\"x\":1,\"y\":2}".getBytes(StandardCharsets.UTF_8)).build()).text());
            assertEquals("<p>Dr ann</p>\n",
                    handler.serve(HttpRequest.builder("GET", "/greetings/person/ann/").build()).text());
            assertEquals(404, handler.serve(HttpRequest.builder("GET", "/greetings/profile/zed/").build()).status());
            assertEquals(302, handler.serve(HttpRequest.builder("GET", "/greetings/go-home/").build()).status());
        }
        return new WeakReference<>(loader);
    }

    @Test
    @DisplayName("after templates, JSON, redirects and error pages have seen its classes")
    void loaderIsCollected() throws Exception {
        WeakReference<ClassLoader> loader = serveOneGeneration();
        List<byte[]> pressure = new ArrayList<>();
        for (int i = 0; i < 50 && loader.get() != null; i++) {
            System.gc();
            pressure.add(new byte[1 << 20]);
            if (pressure.size() > 16) {
                pressure.clear();
            }
        }
        assertNull(loader.get(), "the generation's class loader is still reachable");
    }
}
