package dev.hotclub.devserver.compile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * javac, in process, into memory. The compiler and its file manager are kept between compiles:
 * the file manager holds the class path's jars open and indexed, which is most of what makes a
 * second compile several times faster than the first. One compile at a time; {@link #close()}
 * releases the jars.
 */
public final class InMemoryCompiler implements AutoCloseable {

    private static final List<String> OPTIONS = List.of(
        "-g", "-parameters", "-proc:none", "-implicit:none", "-nowarn", "-Xlint:none", "-encoding", "UTF-8");
    /**
     * As a project's pom compiles: the framework's javac plugin makes a misspelt field in a query's string constant a
     * compile error at its line. javac finds it on the class path, with the framework.
     */
    private static final String PLUGIN_OPTION = "-Xplugin:Hotclub";
    private static final String PLUGIN_CLASS = "dev/hotclub/db/models/compiler/HotclubPlugin.class";

    private final List<String> options;

    private final JavaCompiler javac;
    private final StandardJavaFileManager standard;
    private final MemoryFileManager files;

    /** A compiler that sees {@code classpath} (the framework and the project's dependencies). */
    public InMemoryCompiler(List<Path> classpath) {
        javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException(
                "No Java compiler in this runtime: the dev server needs a JDK (17 or later), not a JRE.");
        }
        standard = javac.getStandardFileManager(null, Locale.ENGLISH, null);
        try {
            standard.setLocationFromPaths(StandardLocation.CLASS_PATH, classpath);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot use the class path " + classpath, e);
        }
        files = new MemoryFileManager(standard);
        options = new ArrayList<>(OPTIONS);
        if (hasPlugin(classpath)) {
            options.add(PLUGIN_OPTION);
        }
    }

    /** Whether the framework's javac plugin is on {@code classpath} (javac fails on an -Xplugin it cannot find). */
    private static boolean hasPlugin(List<Path> classpath) {
        return classpath.stream().anyMatch(entry -> hasPlugin(entry, true));
    }

    private static boolean hasPlugin(Path entry, boolean followManifest) {
        if (Files.isDirectory(entry)) {
            return Files.isRegularFile(entry.resolve(PLUGIN_CLASS));
        }
        if (!Files.isRegularFile(entry)) {
            return false;
        }
        try (JarFile jar = new JarFile(entry.toFile())) {
            if (jar.getEntry(PLUGIN_CLASS) != null) {
                return true;
            }
            // A manifest-only jar (a test runner's) names the real class path in its manifest, which javac follows.
            Manifest manifest = jar.getManifest();
            String more = manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
            return followManifest && more != null && Arrays.stream(more.trim().split("\\s+"))
                .anyMatch(url -> hasPlugin(Path.of(entry.toUri().resolve(url)), false));
        } catch (IOException | RuntimeException e) {
            return false; // not a jar javac could read either
        }
    }

    /**
     * Compiles {@code sources}; the classes in {@code available} stand in for the project's other sources.
     * Only the classes of {@code sources} are in a success's result.
     */
    public synchronized CompileOutcome compile(Collection<Path> sources, CompiledClasses available) {
        if (sources.isEmpty()) {
            return new CompileOutcome.Success(CompiledClasses.EMPTY, 0, Map.of());
        }
        List<SourceFile> units = new ArrayList<>();
        List<SourceProblem> unreadable = new ArrayList<>();
        for (Path source : sources) {
            try {
                units.add(SourceFile.read(source));
            } catch (IOException e) {
                unreadable.add(SourceProblem.at(source, 0, 0, "cannot read this file: " + e));
            }
        }
        if (!unreadable.isEmpty()) {
            return new CompileOutcome.Failure(unreadable);
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        files.begin(available);
        boolean ok;
        CompiledClasses compiled;
        try {
            ok = javac.getTask(null, files, diagnostics, options, null, units).call();
        } finally {
            compiled = files.finish();
        }
        if (ok) {
            Map<Path, String> texts = new HashMap<>();
            units.forEach(unit -> texts.put(unit.path(), unit.text()));
            return new CompileOutcome.Success(compiled, units.size(), texts);
        }
        List<SourceProblem> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() != Diagnostic.Kind.ERROR) {
                continue;
            }
            String message = d.getMessage(Locale.ENGLISH);
            if (d.getSource() instanceof SourceFile file) {
                errors.add(SourceProblem.in(file.path(), file.text(), d.getLineNumber(), d.getColumnNumber(), message));
            } else {
                errors.add(SourceProblem.general(message));
            }
        }
        if (errors.isEmpty()) {
            errors.add(SourceProblem.general("javac failed without reporting an error"));
        }
        return new CompileOutcome.Failure(errors);
    }

    @Override
    public synchronized void close() {
        try {
            files.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
