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

@DisplayName("ProjectProvider.find")
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
        assertEquals("No Hotclub project found on the class path: add the file"
                + " src/main/resources/META-INF/services/dev.hotclub.project.ProjectProvider with one line naming"
                + " your ProjectProvider class, e.g. mysite.Site", e.getMessage());
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
        assertEquals("Several Hotclub projects found on the class path: dev.hotclub.fixture.FixtureSite,"
                + " dev.hotclub.project.ProjectProviderTest$OtherSite. Keep one line in"
                + " META-INF/services/dev.hotclub.project.ProjectProvider.", e.getMessage());
    }
}
