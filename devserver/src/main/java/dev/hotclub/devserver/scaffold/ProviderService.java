package dev.hotclub.devserver.scaffold;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The {@code META-INF/services} file that names a project's ProjectProvider: how scaffolding finds the project's root class. */
final class ProviderService {

    static final String PATH = "META-INF/services/dev.hotclub.project.ProjectProvider";

    private ProviderService() {
    }

    static Path file(Path projectDir) {
        return projectDir.resolve("src/main/resources").resolve(PATH);
    }

    /** The class the file names (its first line that is neither blank nor a comment); empty without the file or such a line. */
    static Optional<String> providerClass(Path projectDir) throws IOException {
        Path service = file(projectDir);
        if (!Files.isRegularFile(service)) {
            return Optional.empty();
        }
        return Files.readAllLines(service).stream().map(String::strip)
            .filter(l -> !l.isEmpty() && !l.startsWith("#")).findFirst();
    }
}
