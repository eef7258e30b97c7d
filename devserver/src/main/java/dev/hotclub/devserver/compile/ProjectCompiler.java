package dev.hotclub.devserver.compile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Compiles a project's {@code src/main/java}, recompiling after an edit only what the edit can affect:
 * the changed files and the files whose classes mention a class of a changed file. When a recompiled
 * class's API changed (its supertypes, a non-private member), every class that depends on it however
 * indirectly is recompiled too: an interface's new abstract method must fail in a class that inherits it
 * through an intermediate class and never mentions the interface. When that is not enough to be sure it
 * compiles everything: a deleted file, a new class (it may shadow a name), a compile-time constant that
 * javac may have inlined elsewhere, or the previous attempt failed.
 */
public final class ProjectCompiler implements AutoCloseable {

    private static final Pattern ANONYMOUS_OR_LOCAL = Pattern.compile("\\$\\d");

    private final Path sourceRoot;
    private final Consumer<String> progress;
    private final List<Path> classpath;
    private final InMemoryCompiler compiler;
    private final CompiledClassesCache cache;
    private boolean warm;
    private CompiledClasses lastGood = CompiledClasses.EMPTY;
    /** The text each class of lastGood was compiled from: the cache is keyed by it, not by the disk, which may be newer. */
    private Map<Path, String> lastGoodTexts = Map.of();
    private Map<String, ClassFileFacts> facts = Map.of();
    private boolean lastAttemptFailed = true;
    /** Whether the cache holds lastGood already (loaded from it, or saved since the last compile). */
    private boolean cached;

    public ProjectCompiler(Path sourceRoot, List<Path> classpath) {
        this(sourceRoot, classpath, null);
    }

    /** A compiler that keeps its last good classes in {@code cacheFolder} for the next start (null: no cache). */
    public ProjectCompiler(Path sourceRoot, List<Path> classpath, Path cacheFolder) {
        this(sourceRoot, classpath, cacheFolder, message -> { });
    }

    /**
     * As above, saying on {@code progress} when it compiles everything without the cache: on a first start
     * that is the longest silence, and a new user should see what the dev server is doing.
     */
    public ProjectCompiler(Path sourceRoot, List<Path> classpath, Path cacheFolder, Consumer<String> progress) {
        this.progress = progress;
        this.sourceRoot = sourceRoot;
        this.classpath = List.copyOf(classpath);
        this.compiler = new InMemoryCompiler(classpath);
        this.cache = cacheFolder == null ? null : new CompiledClassesCache(cacheFolder);
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
            Map<Path, String> texts = new HashMap<>();
            for (Path source : all) {
                texts.put(source, Files.readString(source, StandardCharsets.UTF_8));
            }
            var loaded = cache.load(CompiledClassesCache.key(texts, classpath));
            if (loaded.isPresent() && loaded.get().sources().equals(all)) {
                CompileOutcome outcome = record(new CompileOutcome.Success(loaded.get(), 0, texts), all, true);
                cached = true;
                return outcome;
            }
        } catch (IOException e) {
            // a source vanished meanwhile: compile, which reports it
        }
        progress.accept("Compiling the project (" + all.size() + (all.size() == 1 ? " Java file" : " Java files") + ")...");
        return compileAll();
    }

    /**
     * Saves the last good classes for the next start, unless the cache holds them already (nothing was
     * compiled since). Call it off the save-to-served path.
     */
    public void saveToCache() {
        if (cache == null || cached || lastAttemptFailed || lastGood.size() == 0) {
            return;
        }
        try {
            if (!lastGood.sources().equals(allSources())) {
                return; // a source was added or deleted since: the next compile saves
            }
            // Keyed by the texts javac compiled: a file saved since then keys differently, so a restart
            // compiles it (and shows its errors) instead of loading these older classes.
            cached = cache.store(CompiledClassesCache.key(lastGoodTexts, classpath), lastGood);
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
        CompileOutcome outcome = compiler.compile(subset, lastGood.replacing(subset, CompiledClasses.EMPTY));
        if (!(outcome instanceof CompileOutcome.Success success)) {
            return record(outcome, subset, false);
        }
        if (declaresConstants(success.classes())) {
            return compileAll();
        }
        Set<String> changedApi = changedApi(subset, success.classes());
        if (changedApi == null) {
            return compileAll();
        }
        // A changed API can break classes that never mention the changed class: recompile all that
        // depend on it, however indirectly, against the new classes.
        Set<Path> further = dependentsOf(changedApi, true);
        further.removeAll(subset);
        if (further.isEmpty()) {
            return record(outcome, subset, false);
        }
        Set<Path> wider = new HashSet<>(subset);
        wider.addAll(further);
        if (wider.containsAll(lastGood.sources())) {
            return compileAll();
        }
        CompiledClasses available = lastGood.replacing(subset, success.classes()).replacing(further, CompiledClasses.EMPTY);
        CompileOutcome rest = compiler.compile(further, available);
        if (!(rest instanceof CompileOutcome.Success restSuccess)) {
            return record(rest, wider, false);
        }
        if (declaresConstants(restSuccess.classes())) {
            return compileAll();
        }
        CompiledClasses both = success.classes().replacing(Set.of(), restSuccess.classes());
        Map<Path, String> bothTexts = new HashMap<>(success.sourceTexts());
        bothTexts.putAll(restSuccess.sourceTexts());
        return record(new CompileOutcome.Success(both, wider.size(), bothTexts), wider, false);
    }

    /** The sources to recompile, or null for "everything". */
    private Set<Path> affectedBy(Collection<Path> changed) {
        if (lastAttemptFailed || lastGood.size() == 0) {
            return null;
        }
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
        subset.addAll(dependentsOf(changedClasses, false));
        return subset.containsAll(lastGood.sources()) ? null : subset;
    }

    /** The sources of the classes that mention one of {@code classes}; with {@code transitive}, or mention those, and so on. */
    private Set<Path> dependentsOf(Set<String> classes, boolean transitive) {
        Set<String> reached = new HashSet<>(classes);
        Set<Path> sources = new HashSet<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (CompiledClasses.CompiledClass compiled : lastGood.all()) {
                if (!reached.contains(compiled.name())
                        && facts.get(compiled.name()).referencedClasses().stream().anyMatch(reached::contains)) {
                    sources.add(compiled.source());
                    if (transitive) {
                        reached.add(compiled.name());
                        grew = true;
                    }
                }
            }
        }
        return sources;
    }

    /**
     * The named classes of {@code sources} whose API (supertypes, non-private members) differs in
     * {@code fresh}, or that went; null when a named class appeared, which may shadow another name where
     * it is used: a full compile is the safe answer. Anonymous and local classes ({@code Outer$1},
     * {@code Outer$1Local}) are nobody else's business.
     */
    private Set<String> changedApi(Set<Path> sources, CompiledClasses fresh) {
        Map<String, String> after = new HashMap<>();
        for (CompiledClasses.CompiledClass compiled : fresh.all()) {
            if (isNamed(compiled.name())) {
                after.put(compiled.name(), ClassFileFacts.of(compiled.bytes()).api());
            }
        }
        Set<String> changed = new HashSet<>();
        int before = 0;
        for (CompiledClasses.CompiledClass compiled : lastGood.all()) {
            if (sources.contains(compiled.source()) && isNamed(compiled.name())) {
                before++;
                if (!facts.get(compiled.name()).api().equals(after.get(compiled.name()))) {
                    changed.add(compiled.name());
                }
            }
        }
        int kept = before - (int) changed.stream().filter(name -> !after.containsKey(name)).count();
        return after.size() > kept ? null : changed;
    }

    private static boolean isNamed(String binaryName) {
        return !ANONYMOUS_OR_LOCAL.matcher(binaryName).find();
    }

    private static boolean declaresConstants(CompiledClasses classes) {
        return classes.all().stream().anyMatch(c -> ClassFileFacts.of(c.bytes()).declaresConstants());
    }

    private CompileOutcome record(CompileOutcome outcome, Set<Path> compiledSources, boolean full) {
        if (outcome instanceof CompileOutcome.Success success) {
            lastGood = full ? success.classes() : lastGood.replacing(compiledSources, success.classes());
            Map<Path, String> texts = new HashMap<>(full ? Map.of() : lastGoodTexts);
            texts.putAll(success.sourceTexts());
            texts.keySet().retainAll(lastGood.sources());
            lastGoodTexts = texts;
            Map<String, ClassFileFacts> updated = new HashMap<>();
            for (CompiledClasses.CompiledClass compiled : lastGood.all()) {
                ClassFileFacts known = facts.get(compiled.name());
                CompiledClasses.CompiledClass fresh = success.classes().get(compiled.name());
                updated.put(compiled.name(), known != null && fresh == null ? known : ClassFileFacts.of(compiled.bytes()));
            }
            facts = updated;
            lastAttemptFailed = false;
            cached = false;
            return new CompileOutcome.Success(lastGood, success.filesCompiled(), lastGoodTexts);
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
