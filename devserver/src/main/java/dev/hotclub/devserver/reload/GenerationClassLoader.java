package dev.hotclub.devserver.reload;

import dev.hotclub.devserver.compile.CompiledClasses;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * The class loader of one project generation: the project's compiled classes (from memory) and its
 * resources (straight from {@code src/main/resources}, so a resource edit needs no copy). Its parent
 * holds the framework and the project's dependencies; one of these is made per reload and dropped
 * with its generation.
 */
public final class GenerationClassLoader extends ClassLoader {

    static {
        ClassLoader.registerAsParallelCapable();
    }

    private final CompiledClasses classes;
    private final List<Path> resourceRoots;

    public GenerationClassLoader(String name, CompiledClasses classes, List<Path> resourceRoots, ClassLoader parent) {
        super(name, parent);
        this.classes = classes;
        this.resourceRoots = List.copyOf(resourceRoots);
    }

    public CompiledClasses classes() {
        return classes;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        CompiledClasses.CompiledClass compiled = classes.get(name);
        if (compiled == null) {
            throw new ClassNotFoundException(name);
        }
        definePackageOf(name);
        byte[] bytes = compiled.bytes();
        return defineClass(name, bytes, 0, bytes.length);
    }

    private void definePackageOf(String className) {
        int dot = className.lastIndexOf('.');
        if (dot > 0) {
            String pkg = className.substring(0, dot);
            if (getDefinedPackage(pkg) == null) {
                try {
                    definePackage(pkg, null, null, null, null, null, null, null);
                } catch (IllegalArgumentException raced) {
                    // another thread defined it first
                }
            }
        }
    }

    /**
     * A compiled class's bytes too, which have no URL (they live in memory): the framework reads a view's class file
     * to name the line of a view whose parameters do not fit its route.
     */
    @Override
    public InputStream getResourceAsStream(String name) {
        if (name.endsWith(".class")) {
            CompiledClasses.CompiledClass compiled = classes.get(
                    name.substring(0, name.length() - ".class".length()).replace('/', '.'));
            if (compiled != null) {
                return new ByteArrayInputStream(compiled.bytes());
            }
        }
        return super.getResourceAsStream(name);
    }

    @Override
    protected URL findResource(String name) {
        for (Path root : resourceRoots) {
            Path file = root.resolve(name).normalize();
            if (file.startsWith(root) && Files.isRegularFile(file)) {
                try {
                    return file.toUri().toURL();
                } catch (MalformedURLException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return null;
    }

    @Override
    protected Enumeration<URL> findResources(String name) throws IOException {
        URL url = findResource(name);
        return url == null ? Collections.emptyEnumeration() : Collections.enumeration(List.of(url));
    }
}
