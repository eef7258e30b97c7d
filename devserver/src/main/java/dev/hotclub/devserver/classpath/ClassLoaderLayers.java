package dev.hotclub.devserver.classpath;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The two lasting class loader layers under a project's generations: the dev server's own loader
 * (dev server, framework, Undertow, FreeMarker, Jackson, the watcher) and, as its child, a loader for
 * the project's other dependencies. A dependency the dev server already has is left out of the child:
 * a framework type loaded twice is two types ("Project cannot be cast to Project").
 *
 * <p>Two jars are the same artifact when they sit in the same {@code groupId/artifactId} folder of a
 * Maven repository (their grandparent folder); the dev server's own {@code dev.hotclub} artifacts
 * are also recognised when the dev server runs from build folders instead of jars.
 */
public final class ClassLoaderLayers implements AutoCloseable {

    /** The dev server's own reference plus one per generation built on these layers. */
    private final AtomicInteger users = new AtomicInteger(1);

    private final URLClassLoader dependencyLoader;
    private final List<Path> projectOnly;
    private final List<Path> compileClasspath;

    private ClassLoaderLayers(ClassLoader devServerLoader, List<Path> projectOnly, List<Path> devServerClasspath) {
        this.projectOnly = List.copyOf(projectOnly);
        URL[] urls = projectOnly.stream().map(ClassLoaderLayers::url).toArray(URL[]::new);
        this.dependencyLoader = new URLClassLoader("hotclub-project-dependencies", urls, devServerLoader);
        List<Path> compile = new ArrayList<>(devServerClasspath);
        compile.addAll(projectOnly);
        this.compileClasspath = List.copyOf(compile);
    }

    /** Layers for a project whose dependencies are {@code projectDependencies}, under this JVM's class path. */
    public static ClassLoaderLayers over(List<Path> projectDependencies) {
        return over(projectDependencies, ClassLoaderLayers.class.getClassLoader(), ownClasspath());
    }

    static ClassLoaderLayers over(List<Path> projectDependencies, ClassLoader devServerLoader, List<Path> devServerClasspath) {
        Set<Path> sharedArtifacts = new HashSet<>();
        for (Path entry : devServerClasspath) {
            sharedArtifacts.add(artifactFolder(entry));
        }
        List<Path> projectOnly = new ArrayList<>();
        for (Path dependency : projectDependencies) {
            Path artifact = artifactFolder(dependency);
            boolean shared = sharedArtifacts.contains(artifact) || isHotclubArtifact(artifact);
            if (!shared) {
                projectOnly.add(dependency);
            }
        }
        return new ClassLoaderLayers(devServerLoader, projectOnly, devServerClasspath);
    }

    /** The parent of every generation's loader. */
    public ClassLoader dependencyLoader() {
        return dependencyLoader;
    }

    /** The dependencies loaded by the project layer (not already in the dev server's loader). */
    List<Path> projectOnlyDependencies() {
        return projectOnly;
    }

    /** What javac needs to see: the dev server's class path, then the project-only dependencies. */
    public List<Path> compileClasspath() {
        return compileClasspath;
    }

    private static Path artifactFolder(Path jar) {
        Path absolute = jar.toAbsolutePath().normalize();
        Path version = absolute.getParent();
        Path artifact = version == null ? null : version.getParent();
        return artifact == null ? absolute : artifact;
    }

    private static boolean isHotclubArtifact(Path artifactFolder) {
        Path group = artifactFolder.getParent();
        return group != null && group.endsWith(Path.of("dev", "hotclub"));
    }

    static List<Path> ownClasspath() {
        return MavenDependencyClasspath.parse(System.getProperty("java.class.path", ""));
    }

    private static URL url(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(path.toString(), e);
        }
    }

    /** Takes a reference for a generation built on these layers; {@link #close()} gives one back. */
    public void acquire() {
        users.incrementAndGet();
    }

    /**
     * Gives a reference back; the last one closes the dependencies' loader (its jars). Generations still
     * serving requests on these layers keep them open until they are released.
     */
    @Override
    public void close() {
        if (users.decrementAndGet() > 0) {
            return;
        }
        try {
            dependencyLoader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
