package dev.hotclub.devserver.watch;

import java.nio.file.Path;
import java.util.Set;

/**
 * The changes of one save (or of a few saves close together), coalesced.
 *
 * @param javaSources   Java files and folders under {@code src/main/java} that were created, modified or deleted
 * @param resources     whether another resource changed (the generation must be rebuilt, not recompiled)
 * @param buildFile     whether {@code pom.xml} changed
 * @param templatesOrStatic the templates and static files that changed (nothing to rebuild)
 * @param overflow      whether the watcher lost events: rescan everything
 */
public record ChangeBatch(Set<Path> javaSources, boolean resources, boolean buildFile, Set<Path> templatesOrStatic,
                          boolean overflow) {

    public ChangeBatch {
        javaSources = Set.copyOf(javaSources);
        templatesOrStatic = Set.copyOf(templatesOrStatic);
    }

    /** Whether serving the next request needs a new generation (templates and static files don't). */
    public boolean needsReload() {
        return !javaSources.isEmpty() || resources || buildFile || overflow;
    }

    /** Whether the batch changed stylesheets and nothing else: a page can swap them without reloading. */
    public boolean onlyStylesheets() {
        return !needsReload() && !templatesOrStatic.isEmpty()
            && templatesOrStatic.stream().allMatch(ChangeBatch::isStylesheet);
    }

    /**
     * A {@code .css} file in a static folder: the nearest {@code static} or {@code templates} folder above it
     * decides (a {@code .css} template is rendered by a view, so it is not a stylesheet to swap).
     */
    private static boolean isStylesheet(Path file) {
        if (!file.getFileName().toString().endsWith(".css")) {
            return false;
        }
        boolean inStatic = false;
        for (Path segment : file) {
            String name = segment.toString();
            if (name.equals("static") || name.equals("templates")) {
                inStatic = name.equals("static");
            }
        }
        return inStatic;
    }
}
