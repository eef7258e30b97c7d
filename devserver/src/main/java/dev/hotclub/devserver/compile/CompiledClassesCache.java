package dev.hotclub.devserver.compile;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The last good compile's classes on disk ({@code .hotclub/classes-<key>.bin}), so that starting the dev
 * server again on unchanged sources skips javac, whose first (cold) compile is most of a cold start.
 * The key hashes everything the bytecode depends on: every source's path and text, the class path
 * (each entry's path, size and modification time) and the JDK's version. A cache that cannot be read
 * is ignored: it only ever saves time.
 */
final class CompiledClassesCache {

    private static final int FORMAT = 0x48435331; // "HCS1"

    private final Path folder;

    CompiledClassesCache(Path folder) {
        this.folder = folder;
    }

    /** The key of these source texts (what javac compiled, or what is on disk) under this class path. */
    static String key(Map<Path, String> sourceTexts, List<Path> classpath) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        digest.update(Runtime.version().toString().getBytes(StandardCharsets.UTF_8));
        for (Path entry : classpath) {
            digest.update(entry.toString().getBytes(StandardCharsets.UTF_8));
            if (Files.exists(entry)) {
                digest.update(Long.toString(Files.size(entry)).getBytes(StandardCharsets.UTF_8));
                digest.update(Long.toString(Files.getLastModifiedTime(entry).toMillis()).getBytes(StandardCharsets.UTF_8));
            }
        }
        for (Path source : sourceTexts.keySet().stream().sorted().toList()) {
            digest.update(source.toString().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(sourceTexts.get(source).getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest()).substring(0, 24);
    }

    Optional<CompiledClasses> load(String key) {
        Path file = folder.resolve("classes-" + key + ".bin");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readInt() != FORMAT) {
                return Optional.empty();
            }
            int count = in.readInt();
            Map<String, CompiledClasses.CompiledClass> classes = new HashMap<>();
            for (int i = 0; i < count; i++) {
                String name = in.readUTF();
                Path source = Path.of(in.readUTF());
                byte[] bytes = in.readNBytes(in.readInt());
                classes.put(name, new CompiledClasses.CompiledClass(name, bytes, source));
            }
            return Optional.of(new CompiledClasses(classes));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /**
     * Replaces whatever was cached by {@code classes}; returns whether it did. A failure is otherwise
     * ignored (the cache is an optimisation).
     */
    boolean store(String key, CompiledClasses classes) {
        try {
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, "classes", ".tmp");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary)))) {
                out.writeInt(FORMAT);
                out.writeInt(classes.size());
                for (CompiledClasses.CompiledClass compiled : classes.all()) {
                    out.writeUTF(compiled.name());
                    out.writeUTF(compiled.source().toString());
                    out.writeInt(compiled.bytes().length);
                    out.write(compiled.bytes());
                }
            }
            List<Path> stale = new ArrayList<>();
            try (DirectoryStream<Path> old = Files.newDirectoryStream(folder, "classes-*.bin")) {
                old.forEach(stale::add);
            }
            Files.move(temporary, folder.resolve("classes-" + key + ".bin"), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
            for (Path path : stale) {
                if (!path.getFileName().toString().equals("classes-" + key + ".bin")) {
                    Files.deleteIfExists(path);
                }
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false; // the next start compiles; nothing else depends on the cache
        }
    }
}
