package dev.hotclub.devserver.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotclub.devserver.ControlC;
import dev.hotclub.devserver.scaffold.StarterFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CONTROL-C during startproject, as a user presses it: SIGINT to the JVM while it copies. */
class StartprojectInterruptTest {

    private static final int TEMPLATE_FILES = 3000; // enough for the copy to be caught in the middle

    @TempDir
    Path root;

    Path temp;
    Path out;

    @Test
    void sigintWhileCopyingLeavesNoPartialProjectAndNoHiddenFolder() throws Exception {
        temp = Files.createDirectories(root.resolve("work"));
        out = root.resolve("out.txt");
        Path template = StarterFixture.write(temp.resolve("checkout/project-template"));
        for (int i = 0; i < TEMPLATE_FILES; i++) {
            Files.writeString(Files.createDirectories(template.resolve("templates/many")).resolve("page" + i + ".html"), "<p>" + i + "</p>\n");
        }

        int interruptedMidCopy = 0;
        for (int run = 0; run < 3 && interruptedMidCopy == 0; run++) {
            Process startproject = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--program", "./hotclub", "--home", "checkout", "startproject", "blog")
                .directory(temp.toFile()).redirectErrorStream(true).redirectOutput(out.toFile())
                .start();
            boolean stagingSeen = awaitStagingFolder(startproject);
            ControlC.press(startproject);
            assertThat(startproject.waitFor(60, TimeUnit.SECONDS)).isTrue();

            List<String> left = listing(temp);
            assertThat(left).as("nothing hidden left behind").allMatch(name -> !name.startsWith("."));
            if (left.equals(List.of("checkout"))) {
                interruptedMidCopy += stagingSeen ? 1 : 0;
                assertThat(Files.readString(out)).as("what the user sees")
                    .isIn("", "CommandError: Interrupted: nothing was created.\n");
            } else {
                // the signal came after the move: the project is whole
                assertThat(left).containsExactlyInAnyOrder("checkout", "blog");
                assertThat(temp.resolve("blog/manage")).exists();
                try (Stream<Path> pages = Files.list(temp.resolve("blog/templates/many"))) {
                    assertThat(pages.count()).isEqualTo(TEMPLATE_FILES);
                }
                deleteRecursively(temp.resolve("blog"));
            }
        }
        assertThat(interruptedMidCopy).as("runs interrupted while copying").isPositive();
    }

    private boolean awaitStagingFolder(Process process) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && process.isAlive()) {
            if (listing(temp).stream().anyMatch(name -> name.startsWith("."))) {
                return true;
            }
            Thread.sleep(1);
        }
        return false;
    }

    private static List<String> listing(Path dir) throws Exception {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void deleteRecursively(Path root) throws Exception {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
