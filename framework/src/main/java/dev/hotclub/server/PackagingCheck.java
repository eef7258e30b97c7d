package dev.hotclub.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Refuses to package a folder holding a symbolic link that leads out of it. On disk the server refuses such a link
 * (a 404), but {@code mvn package} follows it: a linked folder is copied into the jar whole, a linked file becomes an
 * entry, and the jar then serves what the link pointed to on the build machine. A project's pom runs this before
 * {@code package} ({@code exec-maven-plugin}, phase {@code prepare-package}) on the folders it packages:
 *
 * <pre>{@code
 * java -cp ... dev.hotclub.server.PackagingCheck static templates src/main/resources
 * }</pre>
 *
 * A folder that does not exist is skipped; a link that stays inside its folder is fine.
 */
public final class PackagingCheck {
    private PackagingCheck() {
    }

    /** Checks each folder given; throws, naming every link out, so that Maven's build stops and says why. */
    public static void main(String[] folders) {
        List<String> problems = new ArrayList<>();
        for (String folder : folders) {
            problems.addAll(linksOut(Path.of(folder)));
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Symbolic links lead out of the folders packaged into the jar:\n  "
                    + String.join("\n  ", problems) + "\nmvn package would put the files they point to in the jar, and"
                    + " the server would serve them. Copy the files into the folder instead, or remove the links.");
        }
    }

    /** One line per symbolic link under {@code folder} whose target lies outside it: the link and where it leads. */
    public static List<String> linksOut(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<String> problems = new ArrayList<>();
        try {
            Path root = folder.toRealPath();
            // Not following links: a linked folder is reported once, not walked into.
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path path : (Iterable<Path>) paths::iterator) {
                    if (!Files.isSymbolicLink(path)) {
                        continue;
                    }
                    Path target = Files.readSymbolicLink(path);
                    Path real = Files.exists(path) ? path.toRealPath() : null;
                    if (real == null || !real.startsWith(root)) {
                        problems.add(path + " -> " + target + (real == null ? " (missing)" : Files.isDirectory(real,
                                LinkOption.NOFOLLOW_LINKS) ? " (a folder outside " + folder + ")" : " (outside " + folder + ")"));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot check " + folder + " for symbolic links: " + e.getMessage(), e);
        }
        return problems;
    }
}
