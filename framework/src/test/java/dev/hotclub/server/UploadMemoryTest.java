package dev.hotclub.server;

import static dev.hotclub.urls.Urls.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotclub.http.HttpResponse;
import dev.hotclub.http.UploadedFile;
import dev.hotclub.project.Project;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Uploads are kept in memory only when the whole body is small (Django's FILE_UPLOAD_MAX_MEMORY_SIZE)")
class UploadMemoryTest {
    private static final int PART_BYTES = 2_600_000; // each just under Django's 2.5 MiB
    private HotclubServer server;

    @BeforeEach
    void start() {
        Project project = Project.named("uploads").allowedHosts("x", "127.0.0.1")
                .urls(path("upload/", request -> {
                    StringBuilder out = new StringBuilder();
                    for (Map.Entry<String, List<UploadedFile>> files : new TreeMap<>(request.FILES()).entrySet()) {
                        for (UploadedFile file : files.getValue()) {
                            out.append(files.getKey()).append('=').append(file.size())
                                    .append(file.file() == null ? " in memory" : " on disk").append('\n');
                        }
                    }
                    return new HttpResponse(out.toString(), 200, "text/plain");
                }))
                .build();
        server = HotclubServer.start(project, "127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static String partHead(int i) {
        return "--b\r\nContent-Disposition: form-data; name=\"f" + i + "\"; filename=\"f" + i + ".bin\"\r\n\r\n";
    }

    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    @Test
    @DisplayName("100 parts of 2.6 MB on one connection that stalls before the closing boundary pin under 64 MB of heap")
    void stalledLargeUpload() throws Exception {
        byte[] data = new byte[PART_BYTES];
        Arrays.fill(data, (byte) 'u');
        long bodyLength = 0;
        for (int i = 0; i < 100; i++) {
            bodyLength += partHead(i).length() + PART_BYTES + 2;
        }
        bodyLength += "--b--\r\n".length();
        long before = heapAfterGc();
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /upload/ HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=b\r\n"
                    + "Content-Length: " + bodyLength + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 100; i++) {
                out.write(partHead(i).getBytes(StandardCharsets.US_ASCII));
                out.write(data);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.flush();
            Thread.sleep(1000); // the server has read what sits in the socket's buffers
            long pinned = heapAfterGc() - before;
            System.out.println("UploadMemoryTest: 100 stalled parts of 2.6 MB pin " + pinned / (1024 * 1024) + " MB of heap");
            assertTrue(pinned < 64L * 1024 * 1024, "the stalled upload holds " + pinned / (1024 * 1024) + " MB of heap");
        }
    }

    @Test
    @DisplayName("a small body keeps its files in memory; a body over 2.5 MB sends even its small files to disk")
    void wholeBodyDecides() throws Exception {
        String small = partHead(1) + "abc\r\n" + "--b--\r\n";
        assertEquals("f1=3 in memory\n", post(small));
        String fits = partHead(1) + "abc\r\n" + partHead(2) + "z".repeat(PART_BYTES) + "\r\n--b--\r\n";
        assertEquals("f1=3 in memory\nf2=" + PART_BYTES + " in memory\n", post(fits));
        String large = partHead(1) + "abc\r\n" + partHead(2) + "z".repeat(2_621_440) + "\r\n--b--\r\n";
        assertEquals("f1=3 on disk\nf2=2621440 on disk\n", post(large));
    }

    private String post(String body) throws Exception {
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + server.port() + "/upload/"))
                .header("Content-Type", "multipart/form-data; boundary=b")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }
}
