package dev.hotclub.devserver.scaffold;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code startproject NAME [DIR]}: copies the starter template, renaming its project package, artifact
 * and name to {@code NAME}, and writes the project's {@code ./manage}. The copy is made in a temporary
 * folder beside the target and moved into place at the end, so a failure leaves nothing behind; so does
 * CONTROL-C, through a shutdown hook that stops the copy and removes the temporary folder.
 *
 * <p>Symbolic links in the template are refused rather than followed: a link to a file outside the
 * template (/etc/passwd, a private key) must not end up copied into a new project.
 */
public final class ProjectGenerator {

    /** The development key in the starter's code, replaced by a fresh random one in each new project. */
    static final Pattern DEVELOPMENT_KEY = Pattern.compile("hotclub-insecure-[^\"\\s]*");
    // Django's get_random_secret_key(): 50 characters from this alphabet.
    private static final String KEY_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)";
    private static final SecureRandom RANDOM = new SecureRandom();

    private static final Pattern HOTCLUB_VERSION = Pattern.compile("<hotclub\\.version>[^<]*</hotclub\\.version>");
    private static final Set<String> SKIPPED = Set.of("target", ".hotclub", ".git", "manage");
    private static final Set<String> TEXT_EXTENSIONS = Set.of(
        "java", "xml", "html", "ftl", "ftlh", "md", "txt", "properties", "css", "js", "json", "gitignore", "yml", "yaml");

    private final Path template;
    private final String hotclubVersion;

    /** A generator copying {@code template} (the repository's {@code starter-template/}). */
    public ProjectGenerator(Path template, String hotclubVersion) {
        this.template = template.toAbsolutePath().normalize();
        this.hotclubVersion = hotclubVersion;
    }

    /** Generates project {@code name} into {@code target}; returns the folder created. */
    public Path generate(String name, Path target) throws ScaffoldException, IOException {
        JavaNames.checkPackageName(name, "project");
        Path destination = target.toAbsolutePath().normalize();
        if (Files.exists(destination) && !isEmptyFolder(destination)) {
            throw new ScaffoldException("'" + destination + "' already exists. Choose another name or folder,"
                + " or remove that one first.");
        }
        if (!Files.isRegularFile(template.resolve("pom.xml"))) {
            throw new ScaffoldException("The starter template is missing: no pom.xml in '" + template + "'.");
        }
        if (destination.startsWith(template)) {
            throw new ScaffoldException("'" + destination + "' is inside the starter template '" + template
                + "', which startproject copies: choose a folder outside it.");
        }
        String templateName = templatePackage();
        if (!name.equals(templateName) && Files.isDirectory(template.resolve("src/main/java").resolve(name))) {
            throw new ScaffoldException("'" + name + "' is the name of an app of the starter project and cannot be used as"
                + " a project name. Please try another name.");
        }
        checkNoLinks();
        try {
            return stageAndMove(templateName, name, destination);
        } catch (Interruption.Requested e) {
            throw new ScaffoldException("Interrupted: nothing was created.");
        } catch (FileSystemException e) {
            throw new ScaffoldException(cannotWrite(e, destination));
        }
    }

    private Path stageAndMove(String templateName, String name, Path destination) throws IOException, ScaffoldException {
        Path parent = destination.getParent();
        Files.createDirectories(parent);
        Interruption interruption = new Interruption(); // first: CONTROL-C may come as soon as the folder exists
        Path staging = null;
        try {
            // A short fixed prefix: the staging folder's name must not be longer than the project's own.
            staging = interruption.watch(Files.createTempDirectory(parent, ".startproject-"));
            copyPermissions(template, staging); // a temporary folder is private; the project should not be
            copy(templateName, name, developmentKey(), staging, interruption);
            ManageScript.write(staging, hotclubVersion);
            if (!Files.exists(staging.resolve(".gitignore"))) {
                // the dev server's caches and Maven's output are not sources
                Files.writeString(staging.resolve(".gitignore"), "target/\n.hotclub/\n");
            }
            interruption.check();
            if (Files.isDirectory(destination)) {
                Files.delete(destination); // empty: checked above
            }
            Files.move(staging, destination, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            try {
                if (staging != null) {
                    deleteRecursively(staging);
                }
            } finally {
                interruption.done();
            }
        }
        return destination;
    }

    /** The error of a file system operation, named for the user: the path, the reason, what to do. */
    private static String cannotWrite(FileSystemException e, Path destination) {
        String path = e.getFile() == null ? destination.toString() : e.getFile();
        if (e instanceof AccessDeniedException) {
            return "Cannot create the project in '" + destination + "': permission denied on '" + path
                + "'. Choose a folder you can write to.";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "Cannot create the project in '" + destination + "': '" + path + "' is a file, not a folder.";
        }
        String reason = e.getReason() == null ? e.getClass().getSimpleName() : e.getReason();
        return "Cannot create the project in '" + destination + "': " + reason + " ('" + path + "')."
            + (reason.contains("too long") ? " Choose a shorter name or folder." : "");
    }

    private void checkNoLinks() throws IOException, ScaffoldException {
        try (Stream<Path> walk = Files.walk(template)) {
            for (Path path : (Iterable<Path>) walk::iterator) {
                if (Files.isSymbolicLink(path) && !isSkipped(template.relativize(path))) {
                    throw new ScaffoldException("The starter template holds a symbolic link, '" + template.relativize(path)
                        + "' -> '" + Files.readSymbolicLink(path) + "'. startproject copies files and folders, never what a"
                        + " link points to: replace the link with the file or folder itself, or remove it.");
                }
            }
        }
    }

    private static boolean isSkipped(Path relative) {
        for (Path segment : relative) {
            if (SKIPPED.contains(segment.toString())) {
                return true;
            }
        }
        return false;
    }

    /**
     * CONTROL-C during a copy: the JVM runs shutdown hooks while the copying thread goes on, then halts.
     * The hook asks the copy to stop, waits for it to remove its temporary folder, and removes it itself
     * if the copy does not answer in time.
     */
    private static final class Interruption {
        private final CountDownLatch finished = new CountDownLatch(1);
        private final Thread hook;
        private volatile Path staging;
        private volatile boolean requested;

        Interruption() throws Requested {
            this.hook = new Thread(this::interrupt, "startproject-cleanup");
            try {
                Runtime.getRuntime().addShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                throw new Requested();
            }
        }

        /** The folder to remove if the copy does not stop in time. */
        Path watch(Path staging) {
            this.staging = staging;
            return staging;
        }

        private void interrupt() {
            requested = true;
            try {
                if (!finished.await(5, TimeUnit.SECONDS) && staging != null) {
                    deleteRecursively(staging);
                }
            } catch (InterruptedException | IOException e) {
                // the JVM is exiting: nothing more can be done
            }
        }

        void check() throws Requested {
            if (requested) {
                throw new Requested();
            }
        }

        /** Thrown through the file visitor, which may only throw IOException. */
        static final class Requested extends IOException {
            private static final long serialVersionUID = 1L;
        }

        void done() {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running, and now returns
            }
        }
    }

    /** The starter's project package: the first segment of its provider class, "mysite" in ours. */
    private String templatePackage() throws IOException, ScaffoldException {
        if (!Files.isRegularFile(ProviderService.file(template))) {
            throw new ScaffoldException("The starter template has no " + ProviderService.PATH + " in src/main/resources.");
        }
        String provider = ProviderService.providerClass(template).orElse("");
        int dot = provider.indexOf('.');
        if (dot <= 0) {
            throw new ScaffoldException("The starter template's provider '" + provider + "' is not in a package.");
        }
        return provider.substring(0, dot);
    }

    /** A random development SECRET_KEY, as Django's startproject writes into settings.py. */
    static String developmentKey() {
        StringBuilder key = new StringBuilder("hotclub-insecure-");
        for (int i = 0; i < 50; i++) {
            key.append(KEY_CHARACTERS.charAt(RANDOM.nextInt(KEY_CHARACTERS.length())));
        }
        return key.toString();
    }

    private void copy(String from, String to, String secretKey, Path staging, Interruption interruption)
            throws IOException {
        Pattern word = Pattern.compile("\\b" + Pattern.quote(from) + "\\b");
        Files.walkFileTree(template, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                interruption.check();
                if (!dir.equals(template) && SKIPPED.contains(dir.getFileName().toString())) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Files.createDirectories(staging.resolve(renamed(template.relativize(dir), from, to)));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                interruption.check();
                Path relative = template.relativize(file);
                if (SKIPPED.contains(relative.toString())) {
                    return FileVisitResult.CONTINUE;
                }
                Path out = staging.resolve(renamed(relative, from, to));
                if (isText(file)) {
                    String text = word.matcher(Files.readString(file, StandardCharsets.UTF_8))
                        .replaceAll(Matcher.quoteReplacement(to));
                    if (relative.toString().endsWith(".java")) {
                        text = DEVELOPMENT_KEY.matcher(text).replaceAll(Matcher.quoteReplacement(secretKey));
                    }
                    if (relative.toString().equals("pom.xml")) {
                        // the project depends on the Hotclub that made it, whatever the template's pom says
                        text = HOTCLUB_VERSION.matcher(text).replaceFirst(
                            Matcher.quoteReplacement("<hotclub.version>" + hotclubVersion + "</hotclub.version>"));
                    }
                    Files.writeString(out, text, StandardCharsets.UTF_8);
                } else {
                    Files.copy(file, out, StandardCopyOption.COPY_ATTRIBUTES);
                }
                if (Files.isExecutable(file)) {
                    makeExecutable(out);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Renames the package folder: any path segment equal to the template's package. */
    private static Path renamed(Path relative, String from, String to) {
        Path out = Path.of("");
        for (Path segment : relative) {
            out = out.resolve(segment.toString().equals(from) ? to : segment.toString());
        }
        return out;
    }

    private static boolean isText(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        return TEXT_EXTENSIONS.contains(extension) || file.getParent().endsWith(Path.of("META-INF", "services"));
    }

    static void makeExecutable(Path file) throws IOException {
        try {
            Set<PosixFilePermission> permissions = EnumSet.copyOf(Files.getPosixFilePermissions(file));
            permissions.addAll(Set.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
                PosixFilePermission.OTHERS_EXECUTE));
            Files.setPosixFilePermissions(file, permissions);
        } catch (UnsupportedOperationException notPosix) {
            file.toFile().setExecutable(true, false);
        }
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        try {
            Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
        } catch (UnsupportedOperationException notPosix) {
            // nothing to copy
        }
    }

    private static boolean isEmptyFolder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
