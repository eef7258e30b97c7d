package dev.hotclub.devserver.compile;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;

/**
 * Keeps javac's output in memory, and offers the classes of the previous good compile on the class
 * path so that a partial compile sees the project's untouched classes without their sources.
 * Not thread-safe: one compile at a time (the reload thread).
 */
final class MemoryFileManager extends ForwardingJavaFileManager<StandardJavaFileManager> {

    private CompiledClasses available = CompiledClasses.EMPTY;
    private final Map<String, OutputClass> outputs = new HashMap<>();

    MemoryFileManager(StandardJavaFileManager standard) {
        super(standard);
    }

    /** Starts a compile that sees {@code available} on the class path. */
    void begin(CompiledClasses available) {
        this.available = available;
        outputs.clear();
    }

    /** The classes written since {@link #begin}; releases them from this manager. */
    CompiledClasses finish() {
        Map<String, CompiledClasses.CompiledClass> compiled = new HashMap<>();
        for (OutputClass output : outputs.values()) {
            compiled.put(output.name, new CompiledClasses.CompiledClass(output.name, output.bytes.toByteArray(), output.source));
        }
        outputs.clear();
        available = CompiledClasses.EMPTY;
        return new CompiledClasses(compiled);
    }

    @Override
    public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind, FileObject sibling)
            throws IOException {
        if (location == StandardLocation.CLASS_OUTPUT && kind == JavaFileObject.Kind.CLASS) {
            Path source = sibling instanceof SourceFile file ? file.path() : null;
            OutputClass output = new OutputClass(className, source);
            outputs.put(className, output);
            return output;
        }
        return super.getJavaFileForOutput(location, className, kind, sibling);
    }

    @Override
    public Iterable<JavaFileObject> list(Location location, String packageName, Set<JavaFileObject.Kind> kinds, boolean recurse)
            throws IOException {
        Iterable<JavaFileObject> standard = super.list(location, packageName, kinds, recurse);
        if (location != StandardLocation.CLASS_PATH || !kinds.contains(JavaFileObject.Kind.CLASS) || available.size() == 0) {
            return standard;
        }
        List<JavaFileObject> all = new ArrayList<>();
        standard.forEach(all::add);
        String prefix = packageName.isEmpty() ? "" : packageName + ".";
        for (CompiledClasses.CompiledClass compiled : available.all()) {
            String name = compiled.name();
            if (name.startsWith(prefix) && (recurse || name.indexOf('.', prefix.length()) < 0)) {
                all.add(new InputClass(compiled));
            }
        }
        return all;
    }

    @Override
    public String inferBinaryName(Location location, JavaFileObject file) {
        if (file instanceof InputClass input) {
            return input.compiled.name();
        }
        return super.inferBinaryName(location, file);
    }

    @Override
    public boolean isSameFile(FileObject a, FileObject b) {
        if (a instanceof InputClass || b instanceof InputClass || a instanceof OutputClass || b instanceof OutputClass
                || a instanceof SourceFile || b instanceof SourceFile) {
            return a.toUri().equals(b.toUri());
        }
        return super.isSameFile(a, b);
    }

    private static URI uriOf(String className) {
        return URI.create("mem:///" + className.replace('.', '/') + ".class");
    }

    /** A class javac writes. */
    private static final class OutputClass extends SimpleJavaFileObject {
        final String name;
        final Path source;
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        OutputClass(String name, Path source) {
            super(uriOf(name), Kind.CLASS);
            this.name = name;
            this.source = source;
        }

        @Override
        public OutputStream openOutputStream() {
            bytes.reset();
            return bytes;
        }
    }

    /** A class of the previous compile, read by javac as if from the class path. */
    private static final class InputClass extends SimpleJavaFileObject {
        final CompiledClasses.CompiledClass compiled;

        InputClass(CompiledClasses.CompiledClass compiled) {
            super(uriOf(compiled.name()), Kind.CLASS);
            this.compiled = compiled;
        }

        @Override
        public InputStream openInputStream() {
            return new ByteArrayInputStream(compiled.bytes());
        }
    }
}
