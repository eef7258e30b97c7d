package dev.hotclub.devserver.watch;

import java.nio.file.Path;
import java.util.Set;

/** What a changed path means to the dev server: what it has to do about it. */
public enum ChangeKind {
    /** A {@code .java} file (or a package folder) under {@code src/main/java}: compile, then swap. */
    JAVA_SOURCE,
    /** Another file under {@code src/main/resources} (a service file, a properties file): swap, no compile. */
    RESOURCE,
    /** A template or a static file: read from disk at the next request, nothing to do. */
    TEMPLATE_OR_STATIC,
    /** {@code pom.xml}: resolve the dependencies again, then compile everything. */
    BUILD_FILE,
    /** Anything else: build output, editor swap files, version control. */
    IGNORED;

    /** Top-level folders of a project that are never watched: build output, caches, other tools' state. */
    private static final Set<String> UNWATCHED = Set.of("target", ".hotclub", ".git", ".idea", ".vscode", "node_modules");
    private static final Path TESTS = Path.of("src", "test");

    /** Whether {@code relative} (a path inside the project) lies where no source of the running project is. */
    static boolean isUnwatched(Path relative) {
        return relative.getNameCount() > 0 && !relative.toString().isEmpty()
            && (UNWATCHED.contains(relative.getName(0).toString()) || relative.startsWith(TESTS));
    }

    /** Classifies {@code path}, a file or (when {@code directory}) a folder under the project folder {@code project}. */
    public static ChangeKind of(Path project, Path path, boolean directory) {
        if (!path.startsWith(project) || path.equals(project)) {
            return IGNORED;
        }
        Path relative = project.relativize(path);
        if (relative.equals(Path.of("pom.xml"))) {
            return BUILD_FILE;
        }
        if (isUnwatched(relative) || isEditorLitter(path.getFileName().toString())) {
            return IGNORED;
        }
        String first = relative.getName(0).toString();
        if (first.equals("templates") || first.equals("static")) {
            return TEMPLATE_OR_STATIC;
        }
        if (relative.startsWith(Path.of("src", "main", "java"))) {
            // A folder created or deleted (a package) may add or remove many sources at once.
            return directory || path.getFileName().toString().endsWith(".java") ? JAVA_SOURCE : IGNORED;
        }
        if (relative.startsWith(Path.of("src", "main", "resources")) && relative.getNameCount() > 3) {
            for (Path segment : relative.subpath(3, relative.getNameCount())) {
                String s = segment.toString();
                if (s.equals("templates") || s.equals("static")) {
                    return TEMPLATE_OR_STATIC;
                }
            }
            return RESOURCE;
        }
        return IGNORED;
    }

    /** Files editors write beside the real one: vim's swap and probe files, backups, temporaries. */
    private static boolean isEditorLitter(String name) {
        return name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx")
            || name.endsWith(".tmp") || name.endsWith("___jb_tmp___") || name.endsWith("___jb_old___")
            || name.chars().allMatch(Character::isDigit);
    }
}
