package dev.hotclub.benchmarks.http;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a flight recording's CPU samples went: {@code JfrHotMethods FILE.jfr [TOP]} prints the methods with the
 * most samples on top of the stack (self) and anywhere in it (total), the innermost Hotclub frame of each sample
 * (which framework code the time is spent for), and the share of each thread.
 * {@code run.sh} with {@code JFR=1} records the files.
 */
public final class JfrHotMethods {
    private JfrHotMethods() {
    }

    public static void main(String[] args) throws IOException {
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        Map<String, Long> self = new HashMap<>();
        Map<String, Long> total = new HashMap<>();
        Map<String, Long> threads = new HashMap<>();
        Map<String, Long> hotclub = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            samples++;
            String thread = event.getThread("sampledThread").getJavaName();
            threads.merge(thread == null ? "?" : thread.replaceAll("\\d+$", "N"), 1L, Long::sum);
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            Set<String> seen = new HashSet<>();
            String firstOwn = "(no dev.hotclub frame)";
            for (int i = 0; i < frames.size(); i++) {
                String method = frames.get(i).getMethod().getType().getName() + "." + frames.get(i).getMethod().getName();
                if (i == 0) {
                    self.merge(method, 1L, Long::sum);
                }
                if (firstOwn.startsWith("(") && method.startsWith("dev.hotclub.") && !method.contains("benchmarks")) {
                    firstOwn = method + (i == 0 ? "" : " -> " + frames.get(i - 1).getMethod().getType().getName()
                            + "." + frames.get(i - 1).getMethod().getName());
                }
                if (seen.add(method)) {
                    total.merge(method, 1L, Long::sum);
                }
            }
            hotclub.merge(firstOwn, 1L, Long::sum);
        }
        System.out.println(samples + " execution samples");
        print("threads", threads, top, samples);
        print("self", self, top, samples);
        print("innermost Hotclub frame -> what it called", hotclub, top, samples);
        print("total (method anywhere on the stack)", total, top * 2, samples);
    }

    /** The {@code top} entries of {@code counts}, most samples first, with their share of {@code samples}. */
    static void print(String title, Map<String, Long> counts, int top, long samples) {
        System.out.println("\n" + title + ":");
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(top)
                .forEach(e -> System.out.printf("%6.1f%%  %6d  %s%n", 100.0 * e.getValue() / samples, e.getValue(), e.getKey()));
    }
}
