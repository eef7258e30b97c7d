package dev.hotclub.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("mvn package refuses symbolic links out of the folders it puts in the jar")
class PackagingCheckTest {
    @TempDir
    Path dir;

    @Test
    @DisplayName("a file link and a folder link leading out are named, with where they lead; links inside are fine")
    void linksOut() throws Exception {
        Path staticDir = Files.createDirectories(dir.resolve("static/css"));
        Files.writeString(staticDir.resolve("site.css"), "body {}");
        Path outside = Files.createDirectories(dir.resolve("private"));
        Files.writeString(outside.resolve("secret.txt"), "key");
        Files.createSymbolicLink(dir.resolve("static/secret.txt"), outside.resolve("secret.txt"));
        Files.createSymbolicLink(dir.resolve("static/shared"), outside);
        Files.createSymbolicLink(dir.resolve("static/same.css"), Path.of("css/site.css"));
        Files.createSymbolicLink(dir.resolve("static/gone.css"), dir.resolve("nowhere.css"));
        Path folder = dir.resolve("static");
        assertThat(PackagingCheck.linksOut(folder)).containsExactlyInAnyOrder(
                folder.resolve("secret.txt") + " -> " + outside.resolve("secret.txt") + " (outside " + folder + ")",
                folder.resolve("shared") + " -> " + outside + " (a folder outside " + folder + ")",
                folder.resolve("gone.css") + " -> " + dir.resolve("nowhere.css") + " (missing)");
        assertThatThrownBy(() -> PackagingCheck.main(new String[] {folder.toString(), dir.resolve("templates").toString()}))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Symbolic links lead out of the folders packaged into the jar:\n  ")
                .hasMessageContaining(folder.resolve("secret.txt") + " -> ")
                .hasMessageEndingWith("\nmvn package would put the files they point to in the jar, and the server would"
                        + " serve them. Copy the files into the folder instead, or remove the links.");
    }

    @Test
    @DisplayName("folders without links out, or missing, pass")
    void clean() throws Exception {
        Files.createDirectories(dir.resolve("static"));
        Files.writeString(dir.resolve("static/a.css"), "a");
        PackagingCheck.main(new String[] {dir.resolve("static").toString(), dir.resolve("missing").toString()});
        assertThat(PackagingCheck.linksOut(dir.resolve("static"))).isEmpty();
    }
}
