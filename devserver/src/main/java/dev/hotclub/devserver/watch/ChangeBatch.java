package dev.hotclub.devserver.watch;

import java.nio.file.Path;
import java.util.Set;

/**
 * The changes of one save (or of a few saves close together), coalesced.
 *
 * @param javaSources   Java files and folders under {@code src/main/java} that were created, modified or deleted
 * @param resources     whether another resource changed (the generation must be rebuilt, not recompiled)
 * @param buildFile     whether {@code pom.xml} changed
 * @param templatesOrStatic whether a template or static file changed (nothing to rebuild)
 * @param overflow      whether the watcher lost events: rescan everything
 */
public record ChangeBatch(Set<Path> javaSources, boolean resources, boolean buildFile, boolean templatesOrStatic,
                          boolean overflow) {

    public ChangeBatch {
        javaSources = Set.copyOf(javaSources);
    }

    /** Whether serving the next request needs a new generation (templates and static files don't). */
    public boolean needsReload() {
        return !javaSources.isEmpty() || resources || buildFile || overflow;
    }
}
