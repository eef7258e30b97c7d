package dev.hotclub.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.hotclub.fixture.loader.Greeter;
import dev.hotclub.fixture.loader.ServiceSite;
import dev.hotclub.project.Project;
import dev.hotclub.project.ProjectProvider;
import dev.hotclub.test.Client;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The project's class loader")
class ContextClassLoaderTest {
    private static final String SERVICE_FILE = "META-INF/services/" + Greeter.class.getName();

    /**
     * Loads the project's class itself and alone sees its META-INF/services file, as the dev server's generation
     * loader (or an application server's) does: the test's own loader, which the server's threads have, does not.
     */
    private static final class ProjectLoader extends ClassLoader {
        private final Path services;

        ProjectLoader(Path services) {
            super("project", ContextClassLoaderTest.class.getClassLoader());
            this.services = services;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.equals(ServiceSite.class.getName())) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded != null) {
                    return loaded;
                }
                try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
                    byte[] bytes = in.readAllBytes();
                    return defineClass(name, bytes, 0, bytes.length);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }

        @Override
        protected URL findResource(String name) {
            try {
                return name.equals(SERVICE_FILE) ? services.toUri().toURL() : null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        protected Enumeration<URL> findResources(String name) {
            URL url = findResource(name);
            return Collections.enumeration(url == null ? List.of() : List.of(url));
        }
    }

    private static Project project(Path dir) throws Exception {
        Path services = Files.writeString(dir.resolve("services"), "dev.hotclub.fixture.loader.FrenchGreeter\n");
        ProjectLoader loader = new ProjectLoader(services);
        Class<?> site = loader.loadClass(ServiceSite.class.getName());
        Project project = ((ProjectProvider) site.getDeclaredConstructor().newInstance()).project();
        assertSame(loader, project.classLoader(), "the loader of the class that called Project.named");
        return project;
    }

    @Test
    @DisplayName("is the context class loader of the server's worker thread running the view")
    void viewsFindTheProjectsServicesOnTheServer(@TempDir Path dir) throws Exception {
        try (HotclubServer server = HotclubServer.start(project(dir), "127.0.0.1", 0)) {
            HttpResponse<String> r = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/greet/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals("Bonjour", r.body());
        }
    }

    @Test
    @DisplayName("is the context class loader of a view served by the test client, and is put back afterwards")
    void viewsFindTheProjectsServicesInTests(@TempDir Path dir) throws Exception {
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        try (Client client = new Client(project(dir))) {
            assertEquals("Bonjour", client.get("/greet/").text());
        }
        assertSame(before, Thread.currentThread().getContextClassLoader());
    }
}
