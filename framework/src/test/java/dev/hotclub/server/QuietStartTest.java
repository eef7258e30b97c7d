package dev.hotclub.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotclub.fixture.FixtureSite;
import dev.hotclub.project.ProjectProvider;
import dev.hotclub.server.internal.lifecycle.StartLine;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("HotclubServer's main, in a process of its own")
class QuietStartTest {

    @Test
    @DisplayName("logs only its start line (version, address, DEBUG) and then one log line per request: nothing from Undertow, XNIO or the JVM")
    void printsNothingElse(@TempDir Path services) throws Exception {
        Path serviceFile = services.resolve("META-INF/services/" + ProjectProvider.class.getName());
        Files.createDirectories(serviceFile.getParent());
        Files.writeString(serviceFile, FixtureSite.class.getName() + "\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = services + File.pathSeparator + System.getProperty("java.class.path");
        Path err = services.resolve("stderr.txt");
        Path out = services.resolve("stdout.txt");
        // Files, not pipes: destroy() closes a process's pipes, and what it prints while stopping counts too.
        Process process = new ProcessBuilder(java, "-cp", classPath, HotclubServer.class.getName(), "127.0.0.1:0")
                .redirectError(err.toFile()).redirectOutput(out.toFile()).start();
        try {
            String first = linesOnceThere(err, 1, process).get(0);
            // The start line through SLF4J, here slf4j-simple as the framework's tests configure it.
            Matcher serving = Pattern.compile("INFO dev\\.hotclub\\.server - Hotclub " + Pattern.quote(StartLine.version())
                    + " serving fixture at http://127\\.0\\.0\\.1:(\\d+)/ \\(DEBUG on\\)").matcher(first);
            assertTrue(serving.matches(), "the first line printed: " + first);
            int status = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + serving.group(1) + "/greetings/")).build(),
                    BodyHandlers.ofString()).statusCode();
            assertEquals(200, status);
            String logLine = linesOnceThere(err, 2, process).get(1);
            assertTrue(logLine.matches("\\[[^]]+] \"GET /greetings/ HTTP/1.1\" 200 56"), logLine);
            process.destroy();
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the server did not stop");
            assertEquals(List.of(first, logLine), Files.readAllLines(err), "stderr, stopping included");
            assertEquals("", Files.readString(out));
        } finally {
            process.destroyForcibly();
        }
    }

    /** The file's lines once it has {@code count} of them; fails if the process ends first. */
    private static List<String> linesOnceThere(Path file, int count, Process process) throws Exception {
        while (true) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (text.chars().filter(c -> c == '\n').count() >= count) {
                return text.lines().toList();
            }
            if (!process.isAlive()) {
                throw new AssertionError("the server ended, having printed: " + text);
            }
            Thread.sleep(20);
        }
    }
}
