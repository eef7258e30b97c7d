package dev.hotclub.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file sent in a multipart form (Django's {@code UploadedFile}); {@link HttpRequest#FILES()} holds them.
 * Small files are in memory ({@code file} is null), larger ones in a temporary file the server deletes after
 * the request.
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
