package dev.hotclub.devserver.compile;

import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The bytecode of one successful compilation, by binary class name, each class knowing the source
 * file it came from. Immutable: a generation's class loader reads it from many threads.
 */
public final class CompiledClasses {

    /** One class file: its bytes and the source that produced it. */
    public record CompiledClass(String name, byte[] bytes, Path source) {
    }

    public static final CompiledClasses EMPTY = new CompiledClasses(Map.of());

    private final Map<String, CompiledClass> byName;

    CompiledClasses(Map<String, CompiledClass> byName) {
        this.byName = Map.copyOf(byName);
    }

    public CompiledClass get(String binaryName) {
        return byName.get(binaryName);
    }

    public Collection<CompiledClass> all() {
        return byName.values();
    }

    public int size() {
        return byName.size();
    }

    /** The source file a class came from, for mapping a stack frame back to a file and line. */
    public Path sourceOf(String binaryName) {
        CompiledClass compiled = byName.get(binaryName);
        return compiled == null ? null : compiled.source();
    }

    public Set<Path> sources() {
        return byName.values().stream().map(CompiledClass::source).collect(Collectors.toSet());
    }

    /** These classes with every class of {@code sources} replaced by {@code replacements}. */
    CompiledClasses replacing(Set<Path> sources, CompiledClasses replacements) {
        Map<String, CompiledClass> merged = new HashMap<>();
        for (CompiledClass compiled : byName.values()) {
            if (!sources.contains(compiled.source())) {
                merged.put(compiled.name(), compiled);
            }
        }
        merged.putAll(replacements.byName);
        return new CompiledClasses(merged);
    }
}
