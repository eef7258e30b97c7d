package dev.hotclub.devserver.compile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.SimpleJavaFileObject;

/**
 * A Java source read once from disk. javac's own file objects go through a content cache keyed by
 * modification time, which two saves within one timestamp tick would defeat; reading the text here
 * also keeps it for the error excerpt.
 */
final class SourceFile extends SimpleJavaFileObject {

    private final Path path;
    private final String text;

    private SourceFile(Path path, String text) {
        super(path.toUri(), Kind.SOURCE);
        this.path = path;
        this.text = text;
    }

    static SourceFile read(Path path) throws IOException {
        return new SourceFile(path, Files.readString(path, StandardCharsets.UTF_8));
    }

    Path path() {
        return path;
    }

    String text() {
        return text;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return text;
    }
}
