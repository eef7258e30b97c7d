package dev.hotclub.devserver;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CONTROL-C for a process a test started: SIGINT, as a terminal sends it. A background job of a
 * non-interactive shell (a CI script running {@code mvn verify &}) ignores SIGINT, and so does every
 * process it starts; there SIGTERM stands in, which the JVM handles the same way (shutdown hooks, exit).
 */
public final class ControlC {

    private ControlC() {
    }

    public static void press(Process process) throws Exception {
        String signal = ignoresSigint(process.pid()) ? "-TERM" : "-INT";
        int status = new ProcessBuilder("kill", signal, String.valueOf(process.pid())).start().waitFor();
        if (status != 0) {
            throw new AssertionError("kill " + signal + " " + process.pid() + " failed: " + status);
        }
    }

    private static boolean ignoresSigint(long pid) throws Exception {
        Path status = Path.of("/proc", String.valueOf(pid), "status");
        if (!Files.exists(status)) {
            return false;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("SigIgn:")) {
                return (Long.parseLong(line.substring(7).strip(), 16) & (1L << 1)) != 0; // bit 1: signal 2, SIGINT
            }
        }
        return false;
    }
}
