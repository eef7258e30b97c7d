package dev.hotclub.http;

import dev.hotclub.utils.MediaTypes;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Streams a file (Django's {@code FileResponse}): the body is copied from disk when the response is written,
 * never held in memory. The content type is guessed from the file name.
 *
 * <pre>{@code
 * return FileResponse.of(Path.of("reports/2026.pdf")).asAttachment("report.pdf");
 * }</pre>
 */
public class FileResponse extends HttpResponse {
    private final Path file;
    private final long length;

    private FileResponse(Path file, long length, String contentType) {
        super(new byte[0], 200, contentType);
        this.file = file;
        this.length = length;
        header("Content-Length", Long.toString(length));
    }

    /** A 200 streaming {@code file}; a missing file is an {@link Http404}. */
    public static FileResponse of(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new Http404("No file " + file.getFileName());
        }
        String type = MediaTypes.guess(file.getFileName().toString());
        try {
            return new FileResponse(file, Files.size(file), type);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the size of " + file, e);
        }
    }

    /** Asks the browser to save the file as {@code filename} instead of showing it. */
    public FileResponse asAttachment(String filename) {
        header("Content-Disposition", "attachment; filename=\"" + filename.replace("\"", "") + "\"");
        return this;
    }

    public Path file() {
        return file;
    }

    @Override
    public long contentLength() {
        return length;
    }

    @Override
    public byte[] content() {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    @Override
    public void writeBody(OutputStream out) throws IOException {
        Files.copy(file, out);
    }
}
