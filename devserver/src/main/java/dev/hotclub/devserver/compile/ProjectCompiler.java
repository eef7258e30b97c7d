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
    private final InMemoryCompiler compiler;
    private CompiledClasses lastGood = CompiledClasses.EMPTY;
    private Map<String, ClassFileFacts> facts = Map.of();
    private boolean lastAttemptFailed = true;

    public ProjectCompiler(Path sourceRoot, List<Path> classpath) {
        this.sourceRoot = sourceRoot;
        this.compiler = new InMemoryCompiler(classpath);
    }

    public Path sourceRoot() {
        return sourceRoot;
    }

    /** Compiles every source. */
    public CompileOutcome compileAll() {
        Set<Path> all = allSources();
        return record(compiler.compile(all, CompiledClasses.EMPTY), all, true);
    }

    /** Compiles after {@code changed} (Java files created, modified or deleted) changed on disk. */
    public CompileOutcome compileChanges(Collection<Path> changed) {
        Set<Path> subset = affectedBy(changed);
        if (subset == null) {
            return compileAll();
        }
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
