package dev.hotclub.devserver.compile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Compiles a project's {@code src/main/java}, recompiling after an edit only what the edit can affect:
 * the changed files and the files whose classes mention a class of a changed file. When that is not
 * enough to be sure (a deleted file, a compile-time constant that javac may have inlined elsewhere,
 * the previous attempt failed) it compiles everything.
 */
public final class ProjectCompiler implements AutoCloseable {

    private final Path sourceRoot;
    private final List<Path> classpath;
    private final InMemoryCompiler compiler;
    private final CompiledClassesCache cache;
    private boolean warm;
    private CompiledClasses lastGood = CompiledClasses.EMPTY;
    private Map<String, ClassFileFacts> facts = Map.of();
    private boolean lastAttemptFailed = true;

    public ProjectCompiler(Path sourceRoot, List<Path> classpath) {
        this(sourceRoot, classpath, null);
    }

    /** A compiler that keeps its last good classes in {@code cacheFolder} for the next start (null: no cache). */
    public ProjectCompiler(Path sourceRoot, List<Path> classpath, Path cacheFolder) {
        this.sourceRoot = sourceRoot;
        this.classpath = List.copyOf(classpath);
        this.compiler = new InMemoryCompiler(classpath);
        this.cache = cacheFolder == null ? null : new CompiledClassesCache(cacheFolder);
    }

    public Path sourceRoot() {
        return sourceRoot;
    }

    /** Compiles every source. */
    public CompileOutcome compileAll() {
        Set<Path> all = allSources();
        warm = true;
        return record(compiler.compile(all, CompiledClasses.EMPTY), all, true);
    }

    /**
     * Compiles every source, unless the cache holds the classes of exactly these sources: then they are
     * taken from there (0 files compiled) and javac stays cold until {@link #warmUp()}.
     */
    public CompileOutcome compileAllOrLoad() {
        if (cache == null) {
            return compileAll();
        }
        Set<Path> all = allSources();
        try {
            String key = CompiledClassesCache.key(all.stream().sorted().toList(), classpath);
            var cached = cache.load(key);
            if (cached.isPresent() && cached.get().sources().equals(all)) {
                return record(new CompileOutcome.Success(cached.get(), 0), all, true);
            }
        } catch (IOException e) {
            // a source vanished meanwhile: compile, which reports it
        }
        return compileAll();
    }

    /** Saves the last good classes for the next start. Call it off the save-to-served path. */
    public void saveToCache() {
        if (cache == null || lastAttemptFailed || lastGood.size() == 0) {
            return;
        }
        try {
            List<Path> sources = lastGood.sources().stream().sorted().toList();
            if (!sources.equals(allSources().stream().sorted().toList())) {
                return; // the sources changed since: the next compile saves
            }
            cache.store(CompiledClassesCache.key(sources, classpath), lastGood);
        } catch (IOException e) {
            // nothing to save
        }
    }

    /**
     * Runs javac once on every source, keeping nothing, so that the first edit after a start from the
     * cache does not pay for a cold compiler.
     */
    public void warmUp() {
        if (!warm) {
            warm = true;
            compiler.compile(allSources(), CompiledClasses.EMPTY);
        }
    }

    /** Compiles after {@code changed} (Java files created, modified or deleted) changed on disk. */
    public CompileOutcome compileChanges(Collection<Path> changed) {
        Set<Path> subset = affectedBy(changed);
        if (subset == null) {
            return compileAll();
        }
        warm = true;
        CompiledClasses others = lastGood.replacing(subset, CompiledClasses.EMPTY);
        CompileOutcome outcome = compiler.compile(subset, others);
        if (outcome instanceof CompileOutcome.Success success && declaresConstants(success.classes())) {
            return compileAll();
        }
        return record(outcome, subset, false);
    }

    /** The sources to recompile, or null for "everything". */
    private Set<Path> affectedBy(Collection<Path> changed) {
        if (lastAttemptFailed || lastGood.size() == 0) {
            return null;
        }
        Set<Path> known = lastGood.sources();
        Set<String> changedClasses = new HashSet<>();
        Set<Path> subset = new HashSet<>();
        for (Path path : changed) {
            if (!Files.isRegularFile(path)) {
                return null; // deleted: whoever used it must fail to compile now
            }
            subset.add(path);
        }
        for (CompiledClasses.CompiledClass compiled : lastGood.all()) {
            if (subset.contains(compiled.source())) {
                if (facts.get(compiled.name()).declaresConstants()) {
                    return null;
                }
                changedClasses.add(compiled.name());
            }
        }
        for (CompiledClasses.CompiledClass compiled : lastGood.all()) {
            if (!subset.contains(compiled.source())) {
                Set<String> mentioned = facts.get(compiled.name()).referencedClasses();
                if (changedClasses.stream().anyMatch(mentioned::contains)) {
                    subset.add(compiled.source());
                }
            }
        }
        return subset.containsAll(known) ? null : subset;
    }

    private static boolean declaresConstants(CompiledClasses classes) {
        return classes.all().stream().anyMatch(c -> ClassFileFacts.of(c.bytes()).declaresConstants());
    }

    private CompileOutcome record(CompileOutcome outcome, Set<Path> compiledSources, boolean full) {
        if (outcome instanceof CompileOutcome.Success success) {
            lastGood = full ? success.classes() : lastGood.replacing(compiledSources, success.classes());
            Map<String, ClassFileFacts> updated = new HashMap<>();
            for (CompiledClasses.CompiledClass compiled : lastGood.all()) {
                ClassFileFacts known = facts.get(compiled.name());
                CompiledClasses.CompiledClass fresh = success.classes().get(compiled.name());
                updated.put(compiled.name(), known != null && fresh == null ? known : ClassFileFacts.of(compiled.bytes()));
            }
            facts = updated;
            lastAttemptFailed = false;
            return new CompileOutcome.Success(lastGood, success.filesCompiled());
        }
        lastAttemptFailed = true;
        return outcome;
    }

    private Set<Path> allSources() {
        if (!Files.isDirectory(sourceRoot)) {
            return Set.of();
        }
        try (Stream<Path> walk = Files.walk(sourceRoot)) {
            return new HashSet<>(walk.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p)).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the sources under " + sourceRoot, e);
        }
    }

    @Override
    public void close() {
        compiler.close();
    }
}
