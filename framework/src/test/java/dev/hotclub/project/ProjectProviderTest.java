package dev.hotclub.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.hotclub.fixture.FixtureSite;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("ProjectProvider.find and findDefinedBy")
class ProjectProviderTest {
    @TempDir
    Path resources;

    private ClassLoader withServiceFile(String content) throws IOException {
        Path file = resources.resolve("META-INF/services/dev.hotclub.project.ProjectProvider");
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return new URLClassLoader(new URL[] {resources.toUri().toURL()}, getClass().getClassLoader());
    }

    @Test
    @DisplayName("finds the provider the service file names")
    void findsTheProvider() throws IOException {
        assertEquals(FixtureSite.class, ProjectProvider.find(withServiceFile("dev.hotclub.fixture.FixtureSite\n")).getClass());
    }

    @Test
    @DisplayName("without a service file, says which file to write")
    void none() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ProjectProvider.find(ClassLoader.getPlatformClassLoader()));
        assertEquals("No Hotclub project found: add the file"
                + " src/main/resources/META-INF/services/dev.hotclub.project.ProjectProvider with one line naming"
                + " your class that implements ProjectProvider, e.g. mysite.Site.", e.getMessage());
    }

    public static final class OtherSite implements ProjectProvider {
        @Override
        public Project project() {
            return Project.named("other").build();
        }
    }

    @Test
    @DisplayName("with two providers, names both")
    void several() throws IOException {
        ClassLoader loader = withServiceFile("dev.hotclub.fixture.FixtureSite\n" + OtherSite.class.getName() + "\n");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ProjectProvider.find(loader));
        assertEquals("Several Hotclub projects found: dev.hotclub.fixture.FixtureSite,"
                + " dev.hotclub.project.ProjectProviderTest$OtherSite. Keep one line in"
                + " src/main/resources/META-INF/services/dev.hotclub.project.ProjectProvider.", e.getMessage());
    }

    @Test
    @DisplayName("a service file naming a class that is not a provider says what it must name")
    void notAProvider() throws IOException {
        ClassLoader loader = withServiceFile("mysite.Sit\n");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ProjectProvider.find(loader));
        assertEquals("src/main/resources/META-INF/services/dev.hotclub.project.ProjectProvider names a class that"
                + " cannot be used as the project: dev.hotclub.project.ProjectProvider: Provider mysite.Sit not"
                + " found. It must name your class that implements ProjectProvider, e.g. mysite.Site.", e.getMessage());
    }

    @Test
    @DisplayName("findDefinedBy counts only a provider whose class the loader itself defined")
    void definedBy() throws IOException {
        ClassLoader loader = withServiceFile("dev.hotclub.fixture.FixtureSite\n");
        assertEquals(FixtureSite.class, ProjectProvider.find(loader).getClass());
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ProjectProvider.findDefinedBy(loader)); // FixtureSite is the parent loader's class
        assertEquals("No Hotclub project found: add the file"
                + " src/main/resources/META-INF/services/dev.hotclub.project.ProjectProvider with one line naming"
                + " your class that implements ProjectProvider, e.g. mysite.Site.", e.getMessage());
    }
}
