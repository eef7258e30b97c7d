package dev.hotclub.utils;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * A stack trace with its repetitions folded as Python folds them: a frame (or a cycle of up to
 * {@value #LONGEST_CYCLE} frames, for recursion through several methods) repeated more than
 * {@value #SHOWN} times is shown {@value #SHOWN} times, then "[Previous line repeated N more times]".
 * A StackOverflowError's 1,024 frames become a dozen lines, on the debug page and on the console.
 */
public final class RepeatedFrames {

    public static final int SHOWN = 3;
    public static final int LONGEST_CYCLE = 10;

    /** One line of a folded trace: a frame, or the note that stands for the repetitions left out. */
    public sealed interface Line permits Frame, Repeated {
    }

    public record Frame(StackTraceElement frame) implements Line {
    }

    public record Repeated(int lines, int times) implements Line {
        public String text() {
            return "[Previous " + (lines == 1 ? "line" : lines + " lines") + " repeated " + times + " more time"
                + (times == 1 ? "" : "s") + "]";
        }
    }

    private RepeatedFrames() {
    }

    public static List<Line> fold(StackTraceElement[] frames) {
        return fold(Arrays.asList(frames));
    }

    public static List<Line> fold(List<StackTraceElement> frames) {
        List<Line> lines = new ArrayList<>();
        int i = 0;
        while (i < frames.size()) {
            int cycle = 0;
            int repeats = 0;
            for (int k = 1; k <= LONGEST_CYCLE && i + k <= frames.size(); k++) {
                int r = repeatsAt(frames, i, k);
                if (r > SHOWN) {
                    cycle = k;
                    repeats = r;
                    break; // the shortest cycle: a single recursive method is "line", as in Python
                }
            }
            if (cycle == 0) {
                lines.add(new Frame(frames.get(i++)));
                continue;
            }
            for (int shown = 0; shown < SHOWN * cycle; shown++) {
                lines.add(new Frame(frames.get(i + shown)));
            }
            lines.add(new Repeated(cycle, repeats - SHOWN));
            i += repeats * cycle;
        }
        return lines;
    }

    /** How many times frames[i, i+k) occurs in a row from i. */
    private static int repeatsAt(List<StackTraceElement> frames, int i, int k) {
        int repeats = 1;
        while (i + (repeats + 1) * k <= frames.size() && sameBlock(frames, i, i + repeats * k, k)) {
            repeats++;
        }
        return repeats;
    }

    private static boolean sameBlock(List<StackTraceElement> frames, int a, int b, int k) {
        for (int j = 0; j < k; j++) {
            if (!frames.get(a + j).equals(frames.get(b + j))) {
                return false;
            }
        }
        return true;
    }

    /** {@link Throwable#printStackTrace(PrintStream)}'s format (causes, suppressed, "... n more"), folded. */
    public static void print(Throwable error, PrintStream out) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        seen.add(error);
        out.println(error);
        StackTraceElement[] trace = error.getStackTrace();
        printFrames(trace, trace.length, "", out);
        for (Throwable suppressed : error.getSuppressed()) {
            printEnclosed(suppressed, trace, "Suppressed: ", "\t", seen, out);
        }
        if (error.getCause() != null) {
            printEnclosed(error.getCause(), trace, "Caused by: ", "", seen, out);
        }
    }

    private static void printEnclosed(Throwable error, StackTraceElement[] enclosing, String caption, String prefix,
                                      Set<Throwable> seen, PrintStream out) {
        if (!seen.add(error)) {
            out.println(prefix + caption + "[CIRCULAR REFERENCE: " + error + "]");
            return;
        }
        StackTraceElement[] trace = error.getStackTrace();
        int m = trace.length - 1;
        int n = enclosing.length - 1;
        while (m >= 0 && n >= 0 && trace[m].equals(enclosing[n])) {
            m--;
            n--;
        }
        int inCommon = trace.length - 1 - m;
        out.println(prefix + caption + error);
        printFrames(trace, m + 1, prefix, out);
        if (inCommon != 0) {
            out.println(prefix + "\t... " + inCommon + " more");
        }
        for (Throwable suppressed : error.getSuppressed()) {
            printEnclosed(suppressed, trace, "Suppressed: ", prefix + "\t", seen, out);
        }
        if (error.getCause() != null) {
            printEnclosed(error.getCause(), trace, "Caused by: ", prefix, seen, out);
        }
    }

    private static void printFrames(StackTraceElement[] trace, int count, String prefix, PrintStream out) {
        for (Line line : fold(Arrays.asList(trace).subList(0, count))) {
            out.println(prefix + (line instanceof Frame f ? "\tat " + f.frame() : "\t" + ((Repeated) line).text()));
        }
    }
}
