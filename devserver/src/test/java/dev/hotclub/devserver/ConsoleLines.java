package dev.hotclub.devserver;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The console of a dev server running in another process, read line by line as it comes. */
final class ConsoleLines {

    private final List<String> lines = new ArrayList<>();
    private int next;

    ConsoleLines(InputStream output) {
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(output, StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    synchronized (this) {
                        lines.add(line);
                        notifyAll();
                    }
                }
            } catch (IOException closed) {
                // the process ended and its output was closed: nothing more to read
            }
        }, "console-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** Waits (up to {@code bound}) for the next line matching {@code regex}, after the last one awaited. */
    synchronized Matcher await(String regex, Duration bound) throws InterruptedException {
        Pattern pattern = Pattern.compile(regex);
        long deadline = System.nanoTime() + bound.toNanos();
        while (true) {
            for (; next < lines.size(); next++) {
                Matcher m = pattern.matcher(lines.get(next));
                if (m.find()) {
                    next++;
                    return m;
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("No line matching '" + regex + "' within " + bound + "; the console said:\n"
                    + String.join("\n", lines));
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    synchronized String all() {
        return String.join("\n", lines);
    }
}
