package dev.hotclub.server.internal.undertow;

import dev.hotclub.http.BadRequest;
import dev.hotclub.http.QueryDict;
import dev.hotclub.http.TooManyFieldsSent;
import dev.hotclub.http.UploadedFile;
import io.undertow.util.HeaderMap;
import io.undertow.util.Headers;
import io.undertow.util.MultipartParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the parts Undertow's {@link MultipartParser} finds, with Django 3.2's rules (its MultiPartParser): a part
 * whose Content-Disposition has a non-empty {@code filename} is a file, any other named part is a field whatever
 * its size; fields count against {@code DATA_UPLOAD_MAX_MEMORY_SIZE} (their bytes plus their name plus 2) and
 * {@code DATA_UPLOAD_MAX_NUMBER_FIELDS}, files against {@code DATA_UPLOAD_MAX_NUMBER_FILES}. As Django's upload
 * handlers, the files stay in memory only when the whole body is at most {@code FILE_UPLOAD_MAX_MEMORY_SIZE} (its
 * {@code MemoryFileUploadHandler} is activated by the Content-Length alone); in a larger body, or one whose length is
 * not known (chunked), every file goes to a temporary file. A budget per part would let one request keep a hundred
 * parts of just under the limit in memory (a client stalling before the closing boundary pinned 400 MB).
 */
final class MultipartCollector implements MultipartParser.PartHandler {
    /** Django's {@code FILE_UPLOAD_MAX_MEMORY_SIZE}. */
    static final int FILE_MEMORY_BYTES = 2_621_440;
    /** Django's {@code DATA_UPLOAD_MAX_NUMBER_FILES}. */
    static final int MAX_FILES = 100;

    private final int maxFieldBytes;
    private final boolean filesInMemory;
    private final Map<String, List<String>> fields = new LinkedHashMap<>();
    private final Map<String, List<UploadedFile>> files = new LinkedHashMap<>();
    private final List<Path> temporaryFiles = new ArrayList<>();
    private long fieldBytes;
    private int fieldCount;
    private int fileCount;

    // The part being read.
    private String name;
    private String fileName;
    private String contentType;
    private ByteArrayOutputStream memory;
    private Path file;
    private OutputStream fileOut;
    private long size;

    /** {@code bodyLength}: the request's Content-Length, -1 when not known. */
    MultipartCollector(int maxFieldBytes, long bodyLength) {
        this.maxFieldBytes = maxFieldBytes;
        this.filesInMemory = bodyLength >= 0 && bodyLength <= FILE_MEMORY_BYTES;
    }

    @Override
    public void beginPart(HeaderMap headers) {
        String disposition = headers.getFirst(Headers.CONTENT_DISPOSITION);
        name = disposition == null ? null : Headers.extractQuotedValueFromHeader(disposition, "name");
        String givenFileName = disposition == null ? null : Headers.extractQuotedValueFromHeader(disposition, "filename");
        fileName = givenFileName == null || givenFileName.isEmpty() ? null : baseName(givenFileName);
        contentType = headers.getFirst(Headers.CONTENT_TYPE);
        memory = new ByteArrayOutputStream();
        file = null;
        fileOut = null;
        size = 0;
        if (name == null) {
            return; // Django skips a part without a name
        }
        if (fileName == null) {
            if (++fieldCount > QueryDict.MAX_FIELDS) {
                throw new TooManyFieldsSent();
            }
            fieldBytes += name.length() + 2;
            checkFieldBytes();
        } else if (++fileCount > MAX_FILES) {
            throw new BadRequest("The number of files exceeded " + MAX_FILES
                    + " (Django's DATA_UPLOAD_MAX_NUMBER_FILES): send fewer files in one form.");
        }
    }

    @Override
    public void data(ByteBuffer buffer) throws IOException {
        if (name == null) {
            return;
        }
        int length = buffer.remaining();
        size += length;
        if (fileName == null) {
            fieldBytes += length;
            checkFieldBytes();
        }
        if (fileOut != null) {
            Channels.newChannel(fileOut).write(buffer);
            return;
        }
        if (fileName != null && !filesInMemory) {
            file = Files.createTempFile("hotclub-upload-", ".upload");
            temporaryFiles.add(file);
            fileOut = Files.newOutputStream(file);
            memory.writeTo(fileOut);
            memory = null;
            Channels.newChannel(fileOut).write(buffer);
            return;
        }
        byte[] bytes = new byte[length];
        buffer.get(bytes);
        memory.write(bytes);
    }

    @Override
    public void endPart() {
        if (name == null) {
            return;
        }
        if (fileName == null) {
            fields.computeIfAbsent(name, k -> new ArrayList<>()).add(memory.toString(StandardCharsets.UTF_8));
            return;
        }
        if (fileOut != null) {
            try {
                fileOut.close();
            } catch (IOException e) {
                throw new IllegalStateException("Cannot write the upload to " + file + ": " + e.getMessage(), e);
            }
        }
        files.computeIfAbsent(name, k -> new ArrayList<>()).add(new UploadedFile(name, fileName, contentType, size,
                file == null ? memory.toByteArray() : null, file));
    }

    private void checkFieldBytes() {
        if (fieldBytes > maxFieldBytes) {
            throw new BadRequest("The form's fields exceeded " + maxFieldBytes
                    + " bytes (Django's DATA_UPLOAD_MAX_MEMORY_SIZE); send large data as a file (a part with a filename).");
        }
    }

    ReceivedBody body() {
        return new ReceivedBody(new byte[0], QueryDict.of(fields), files);
    }

    /** Deletes the temporary files written so far: the request was refused before a view saw them. */
    void discard() {
        try {
            if (fileOut != null) {
                fileOut.close();
            }
        } catch (IOException e) {
            // deleting it below is what matters
        }
        for (Path temporary : temporaryFiles) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // a temporary file that cannot be deleted is not the client's problem
            }
        }
    }

    /** Django's {@code sanitize_file_name}: what follows the last {@code /} or {@code \}. */
    private static String baseName(String fileName) {
        int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
        return fileName.substring(slash + 1);
    }
}
