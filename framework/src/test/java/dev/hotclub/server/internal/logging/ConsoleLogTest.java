package dev.hotclub.server.internal.logging;

import dev.hotclub.server.internal.logging.ConsoleLog;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The console request log writes every line, whole and in order per thread, without the caller writing")
class ConsoleLogTest {
    @Test
    @DisplayName("lines from many threads all reach the console, each whole, once closed")
    void everyLineWritten() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ConsoleLog log = new ConsoleLog(new PrintStream(bytes, true, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            threads.add(startThread(() -> IntStream.range(0, 5000)
                    .forEach(i -> log.accept("thread " + thread + " line " + i))));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        log.close();
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(20_000, lines.size());
        for (int t = 0; t < 4; t++) {
            int thread = t;
            assertEquals(IntStream.range(0, 5000).mapToObj(i -> "thread " + thread + " line " + i).toList(),
                    lines.stream().filter(l -> l.startsWith("thread " + thread + " ")).toList());
        }
    }

    @Test
    @DisplayName("a single line is written without waiting for more, before close")
    void loneLine() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ConsoleLog log = new ConsoleLog(new PrintStream(bytes, true, StandardCharsets.UTF_8), StandardCharsets.UTF_8)) {
            log.accept("[02/Dec/2026 07:00:00] \"GET / HTTP/1.1\" 200 5");
            for (int i = 0; i < 1000 && bytes.size() == 0; i++) {
                Thread.sleep(10);
            }
            assertEquals("[02/Dec/2026 07:00:00] \"GET / HTTP/1.1\" 200 5\n", bytes.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    @DisplayName("a line logged after close is still written")
    void afterClose() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ConsoleLog log = new ConsoleLog(new PrintStream(bytes, true, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        log.close();
        log.accept("late");
        assertEquals("late\n", bytes.toString(StandardCharsets.UTF_8));
    }

    private static Thread startThread(Runnable body) {
        Thread thread = new Thread(body);
        thread.start();
        return thread;
    }
}
