package dev.hotclub.benchmarks.http;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Where an async-profiler recording's samples went, from its collapsed stacks ({@code frame;frame;... COUNT} per
 * line, outermost frame first): {@code CollapsedHotMethods FILE [TOP]} prints the frames with the most samples on
 * top of the stack (self) and anywhere in it (total). Unlike a flight recording it has the native frames and the
 * JVM's own threads (the compiler, the GC), so a thread spinning in a compare-and-set or writing to a socket shows
 * as that. {@code profile.sh} with {@code PROFILER=async} records the file.
 */
public final class CollapsedHotMethods {
    private CollapsedHotMethods() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("Usage: CollapsedHotMethods FILE.collapsed [TOP]");
            System.exit(2);
        }
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        Map<String, Long> self = new HashMap<>();
        Map<String, Long> total = new HashMap<>();
        long samples = 0;
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            int space = line.lastIndexOf(' ');
            if (space < 0) {
                continue;
            }
            long count = Long.parseLong(line.substring(space + 1).trim());
            String[] frames = line.substring(0, space).replace('/', '.').split(";");
            samples += count;
            self.merge(frames[frames.length - 1], count, Long::sum);
            Set<String> seen = new HashSet<>();
            for (String frame : frames) {
                if (seen.add(frame)) {
                    total.merge(frame, count, Long::sum);
                }
            }
        }
        System.out.println(samples + " samples");
        JfrHotMethods.print("self", self, top, samples);
        JfrHotMethods.print("total (frame anywhere on the stack)", total, top * 2, samples);
    }
}
