package dev.hotclub.devserver.reload;

import dev.hotclub.devserver.classpath.ClassLoaderLayers;
import dev.hotclub.devserver.classpath.DependencyClasspath;
import dev.hotclub.devserver.compile.CompileOutcome;
import dev.hotclub.devserver.compile.CompiledClasses;
import dev.hotclub.devserver.compile.ProjectCompiler;
import dev.hotclub.devserver.compile.SourceProblem;
import dev.hotclub.devserver.livereload.LiveReload;
import dev.hotclub.devserver.watch.ChangeBatch;
import dev.hotclub.urls.UrlConfError;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Turns changes into generations, on the dev server's reload thread: resolves the dependencies (again
 * when {@code pom.xml} changed), compiles what changed, loads the classes in a fresh
 * {@link GenerationClassLoader}, builds the project, and swaps it in. Whatever fails becomes the error
 * page until the next good save.
 */
public final class Reloader implements AutoCloseable {

    private final Path projectDir;
    private final Path sourcesDir;
    private final Path resourcesDir;
    private final DependencyClasspath dependencies;
    private final GenerationFactory factory;
    private final ReloadingHandler handler;
    private final Console console;
    private final LiveReload liveReload;

    private List<Path> resolvedDependencies;
    private ClassLoaderLayers layers;
    private ProjectCompiler compiler;
    private CompiledClasses lastClasses;
    private List<String> lastWarnings = List.of();
    private int generations;
    private int compiledInLastBuild;

    public Reloader(Path projectDir, DependencyClasspath dependencies, GenerationFactory factory, ReloadingHandler handler,
                    Console console, LiveReload liveReload) {
        this.projectDir = projectDir;
        this.sourcesDir = projectDir.resolve("src/main/java");
        this.resourcesDir = projectDir.resolve("src/main/resources");
        this.dependencies = dependencies;
        this.factory = factory;
        this.handler = handler;
        this.console = console;
        this.liveReload = liveReload;
    }

    /** Builds the first generation; returns it, or null when the sources do not build (the error is on the console). */
    public Generation start() {
        ServerState state = rebuild(true, List.of(), false);
        if (!(state instanceof ServerState.Serving serving)) {
            return null;
        }
        lastWarnings = serving.generation().warnings(); // the dev server prints them with the banner
        return serving.generation();
    }

    /**
     * The watcher has seen the first change of a batch that {@link ChangeBatch#reloadsPages() reloads the pages}
     * (on its thread, before the batch is complete): new requests wait from now until {@link #onChanges} has
     * handled the batch, and the browsers start reloading at once, their requests waiting for the outcome. For a
     * Java save that overlaps the browser's reload with the compile; for a template, with the watcher's quiet
     * period. (A template saved while the sources do not build reloads the error page into itself.)
     */
    public void changeSeen() {
        handler.holdRequests();
        liveReload.reloadPages();
    }

    /**
     * Reacts to one coalesced batch of changes: a new generation when it needs one, then opens the gate that
     * {@link #changeSeen()} closed, if the batch reloads the pages. Templates and static files are read from disk
     * at each request: nothing to build for them.
     */
    public void onChanges(ChangeBatch batch) {
        try {
            if (batch.needsReload()) {
                long started = System.nanoTime();
                ServerState state = rebuild(batch.buildFile(), batch.javaSources(), batch.overflow());
                if (state instanceof ServerState.Serving current) {
                    long millis = (System.nanoTime() - started) / 1_000_000;
                    Generation generation = current.generation();
                    List<String> newWarnings = generation.warnings().equals(lastWarnings) ? List.of() : generation.warnings();
                    lastWarnings = generation.warnings();
                    console.reloaded(millis, compiledInLastBuild, newWarnings);
                    console.notices(generation.notices());
                }
            }
        } finally {
            if (batch.reloadsPages()) {
                handler.releaseRequests();
            }
        }
        liveReload.afterChanges(batch, handler.currentGeneration().isPresent());
        if (batch.needsReload()) {
            afterReload();
        }
    }

    /**
     * Work that must not delay serving the new generation: saving its classes for the next start, and
     * warming javac up when the classes came from that cache. Runs on the reload thread.
     */
    public void afterReload() {
        if (compiler != null) {
            compiler.saveToCache();
            compiler.warmUp();
        }
    }

    private ServerState rebuild(boolean resolve, Collection<Path> javaChanges, boolean everything) {
        return install(build(resolve, javaChanges, everything));
    }

    /** What the changes lead to: a new generation, or why there is none. */
    private ServerState build(boolean resolve, Collection<Path> javaChanges, boolean everything) {
        try {
            if (resolve || layers == null) {
                List<Path> resolved = dependencies.resolve(projectDir);
                if (layers == null || !resolved.equals(resolvedDependencies)) {
                    replaceLayers(resolved);
                    everything = true;
                }
            }
            CompiledClasses classes = lastClasses;
            compiledInLastBuild = 0;
            if (everything || classes == null || !javaChanges.isEmpty()) {
                CompileOutcome outcome = classes == null ? compiler.compileAllOrLoad()
                    : everything ? compiler.compileAll() : compiler.compileChanges(javaChanges);
                if (outcome instanceof CompileOutcome.Failure failure) {
                    return broken(new ReloadFailure("Compile error", failure.errors(), ""));
                }
                CompileOutcome.Success success = (CompileOutcome.Success) outcome;
                classes = success.classes();
                compiledInLastBuild = success.filesCompiled();
                lastClasses = classes;
            }
            return buildGeneration(classes);
        } catch (DependencyClasspath.ClasspathException e) {
            return broken(new ReloadFailure("Cannot resolve the project's dependencies", List.of(SourceProblem.general(e.getMessage())), ""));
        } catch (RuntimeException | LinkageError e) {
            return broken(failureOf("Error while reloading", e, lastClasses));
        }
    }

    private void replaceLayers(List<Path> resolved) {
        ClassLoaderLayers previousLayers = layers;
        ProjectCompiler previousCompiler = compiler;
        layers = ClassLoaderLayers.over(resolved);
        compiler = new ProjectCompiler(sourcesDir, layers.compileClasspath(), projectDir.resolve(".hotclub"), console::message);
        resolvedDependencies = resolved;
        lastClasses = null;
        if (previousCompiler != null) {
            previousCompiler.close();
        }
        if (previousLayers != null) {
            previousLayers.close(); // closes the jars once the generations built on these layers are released
        }
    }

    private ServerState buildGeneration(CompiledClasses classes) {
        int number = ++generations;
        ClassLoaderLayers parentLayers = layers;
        GenerationClassLoader loader = new GenerationClassLoader("hotclub-generation-" + number, classes,
            List.of(resourcesDir), parentLayers.dependencyLoader());
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            GenerationFactory.Built built = factory.build(loader, projectDir, resourcesDir, liveReload);
            parentLayers.acquire();
            Generation generation = new Generation(number, built.projectName(), loader, built.handler(),
                built.warnings(), built.notices(), () -> release(built, loader, parentLayers));
            return new ServerState.Serving(generation);
        } catch (Exception | LinkageError e) {
            return broken(failureOf("Error while building the project", e, classes));
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private void release(GenerationFactory.Built built, GenerationClassLoader loader, ClassLoaderLayers parentLayers) {
        try {
            built.release().run();
        } catch (RuntimeException e) {
            console.message("Releasing generation " + loader.getName() + " failed: " + e);
        } finally {
            parentLayers.close();
        }
    }

    private ServerState broken(ReloadFailure failure) {
        if (!Thread.currentThread().isInterrupted()) { // interrupted: the server is stopping, nobody will see it
            console.failed(failure);
        }
        return new ServerState.Broken(failure);
    }

    private ServerState install(ServerState next) {
        ServerState previous = handler.swap(next);
        if (previous instanceof ServerState.Serving serving) {
            Generation old = serving.generation();
            old.retire();
            List<String> running = old.runningRequests();
            if (next != null && !running.isEmpty()) {
                // Its classes stay loaded until these finish: a stuck one keeps the old code alive.
                console.message("Generation " + old.number() + " still has " + running.size()
                    + (running.size() == 1 ? " request" : " requests") + " running after the reload: "
                    + String.join(", ", running) + "; it is released when they finish.");
            }
        }
        return next;
    }

    /** The exception's message at the deepest frame of the project's own code, with its stack trace. */
    ReloadFailure failureOf(String title, Throwable error, CompiledClasses classes) {
        List<SourceProblem> problems = new ArrayList<>();
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        SourceProblem located = null;
        if (classes != null) {
            // A bad route: the path(...) line in the app's URLconf, not the project's .build() that compiled it
            for (Throwable t = error; t != null && located == null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof UrlConfError bad && bad.site() != null && bad.site().line() > 0) {
                    Path source = classes.sourceOf(bad.site().className());
                    if (source != null) {
                        located = SourceProblem.at(source, bad.site().line(), 0, describe(root));
                    }
                }
            }
            for (Throwable t = error; t != null && located == null; t = t.getCause() == t ? null : t.getCause()) {
                for (StackTraceElement frame : t.getStackTrace()) {
                    Path source = classes.sourceOf(frame.getClassName());
                    if (source != null && frame.getLineNumber() > 0) {
                        located = SourceProblem.at(source, frame.getLineNumber(), 0, describe(root));
                        break;
                    }
                }
            }
        }
        problems.add(located != null ? located : SourceProblem.general(describe(root)));
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        return new ReloadFailure(title, problems, trace.toString());
    }

    private static String describe(Throwable error) {
        String message = error.getMessage();
        return message == null || message.isBlank() ? error.getClass().getName() : error.getClass().getSimpleName() + ": " + message;
    }

    @Override
    public void close() {
        install(null);
        if (compiler != null) {
            compiler.close();
        }
        if (layers != null) {
            layers.close();
        }
    }
}
