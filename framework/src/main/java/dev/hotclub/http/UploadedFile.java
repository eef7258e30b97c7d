package dev.hotclub.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file sent in a multipart form (Django's {@code UploadedFile}); {@link HttpRequest#FILES()} holds them.
 * The content is either in a temporary {@code file}, which the server deletes once the response is written
 * (read it in the view), or in memory ({@code bytes}, with {@code file} null); {@link #open()} reads either.
 */
public record UploadedFile(String fieldName, String fileName, String contentType, long size, byte[] bytes,
                           Path file) {
    /** The file's content. */
    public InputStream open() throws IOException {
        return file != null ? Files.newInputStream(file) : new ByteArrayInputStream(bytes);
    }

    /** The whole content in memory. */
    public byte[] readAllBytes() throws IOException {
        try (InputStream in = open()) {
            return in.readAllBytes();
        }
    }
}
