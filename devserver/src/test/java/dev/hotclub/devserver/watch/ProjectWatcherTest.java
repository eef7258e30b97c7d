package dev.hotclub.devserver.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectWatcherTest {

    @TempDir
    Path project;

    Path views;
    final BlockingQueue<ChangeBatch> batches = new LinkedBlockingQueue<>();
    final AtomicInteger firstEvents = new AtomicInteger();
    ScheduledExecutorService reloadThread;
    ProjectWatcher watcher;

    @BeforeEach
    void watch() throws Exception {
        views = Files.createDirectories(project.resolve("src/main/java/hello")).resolve("Views.java");
        Files.writeString(views, "class Views {}\n");
        Files.createDirectories(project.resolve("templates"));
        Files.createDirectories(project.resolve("static"));
        reloadThread = Executors.newSingleThreadScheduledExecutor();
        watcher = new ProjectWatcher(project, reloadThread, batches::add, firstEvents::incrementAndGet);
    }

    @AfterEach
    void stop() {
        watcher.close();
        reloadThread.shutdownNow();
    }

    /** The Java sources of the batches delivered until one holds {@code expected} (bounded wait, not a timing). */
    private Set<Path> javaSourcesUntil(Path expected) throws InterruptedException {
        Set<Path> seen = new HashSet<>();
        while (!seen.contains(expected)) {
            ChangeBatch batch = batches.poll(30, TimeUnit.SECONDS);
            assertThat(batch).as("a batch with " + expected).isNotNull();
            seen.addAll(batch.javaSources());
        }
        return seen;
    }

    @Test
    void aSaveByRenameIsOneBatchWithTheSavedFileAndTheEditorsTemporaryLeftOut() throws Exception {
        Path temporary = views.resolveSibling("Views.java___jb_tmp___");
        Files.writeString(temporary, "class Views { int edited; }\n");
        Files.move(temporary, views, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);

        ChangeBatch batch = batches.poll(30, TimeUnit.SECONDS);
        assertThat(batch).isNotNull();
        assertThat(batch.javaSources()).containsExactly(views);
        assertThat(batch.needsReload()).isTrue();
        assertThat(firstEvents.get()).as("requests are held once per batch").isEqualTo(1);
    }

    @Test
    void aDeletedThenRecreatedSourceIsSeen() throws Exception {
        Files.delete(views);
        Files.writeString(views, "class Views { int recreated; }\n");
        assertThat(javaSourcesUntil(views)).containsExactly(views);
    }

    @Test
    void aNewPackageFolderIsSeenAndSoIsAFileWrittenInItAfterwards() throws Exception {
        Path news = Files.createDirectories(project.resolve("src/main/java/news"));
        Path app = news.resolve("NewsApp.java");
        Files.writeString(app, "package news; class NewsApp {}\n");
        assertThat(javaSourcesUntil(app)).contains(app);
    }

    @Test
    void aTemplateEditNeedsNoNewGenerationButIsAnnouncedSoThatThePagesReloadAtOnce() throws Exception {
        Files.writeString(project.resolve("templates/404.html"), "<h1>Not here</h1>\n");
        ChangeBatch batch = batches.poll(30, TimeUnit.SECONDS);
        assertThat(batch).isNotNull();
        assertThat(batch.templatesOrStatic()).contains(project.resolve("templates/404.html"));
        assertThat(batch.needsReload()).isFalse();
        assertThat(batch.reloadsPages()).isTrue();
        assertThat(firstEvents.get()).as("announced before the batch came").isPositive();
    }

    @Test
    void aStylesheetEditIsNotAnnounced() throws Exception {
        Path css = project.resolve("static/site.css");
        Files.writeString(css, "body { color: red; }\n");
        Set<Path> seen = new HashSet<>();
        while (!seen.contains(css)) {
            ChangeBatch batch = batches.poll(30, TimeUnit.SECONDS);
            assertThat(batch).as("a batch with " + css).isNotNull();
            seen.addAll(batch.templatesOrStatic());
            if (batch.templatesOrStatic().contains(css)) {
                assertThat(batch.onlyStylesheets()).isTrue();
            }
        }
        assertThat(firstEvents.get()).as("a stylesheet is swapped in the page: the pages do not reload").isZero();
    }
}
