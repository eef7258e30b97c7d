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

    /**
     * Whether the open pages reload for this batch: it needs a new generation, or changed a template or a static
     * file other than a stylesheet. The watcher tells the dev server at the first such change, before the batch
     * is complete ({@link #reloadsPages(ChangeKind, Path)}), so that the tabs start reloading while it is built.
     */
    public boolean reloadsPages() {
        return needsReload() || templatesOrStatic.stream().anyMatch(file -> !isStylesheet(file));
    }

    /** Whether a change of {@code kind} to {@code path} alone makes the pages reload (see {@link #reloadsPages()}). */
    static boolean reloadsPages(ChangeKind kind, Path path) {
        return kind != ChangeKind.IGNORED && (kind != ChangeKind.TEMPLATE_OR_STATIC || !isStylesheet(path));
    }

    /** Whether the batch changed stylesheets and nothing else: a page can swap them without reloading. */
    public boolean onlyStylesheets() {
        return !templatesOrStatic.isEmpty() && !reloadsPages();
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
