package dev.hotclub.devserver.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@DisplayName("The dev server's SLF4J backend")
class ConsoleLogProviderTest {

    /** What {@code logging} printed on System.err. */
    private static String stderrOf(Runnable logging) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            logging.run();
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }

    @Test
    @DisplayName("is the one SLF4J finds on the dev server's class path")
    void isFound() {
        assertThat(LoggerFactory.getLogger("dev.hotclub.request")).isInstanceOf(ConsoleLogger.class);
    }

    @Test
    @DisplayName("prints the message alone, as Django's runserver console does, then the stack trace")
    void printsTheMessageAloneThenTheTrace() {
        Logger log = LoggerFactory.getLogger("dev.hotclub.request");
        IllegalStateException boom = new IllegalStateException("boom");

        String printed = stderrOf(() -> {
            log.warn("Not Found: {}", "/nope/");
            log.error("Internal Server Error: {}", "/nope/", boom);
        });

        assertThat(printed).startsWith("Not Found: /nope/\nInternal Server Error: /nope/\n"
            + "java.lang.IllegalStateException: boom\n\tat dev.hotclub.devserver.log.ConsoleLogProviderTest.");
    }

    @Test
    @DisplayName("prints INFO and above, not DEBUG or TRACE (a library's chatter)")
    void fromInfoUp() {
        Logger log = LoggerFactory.getLogger("io.methvin.watcher");

        String printed = stderrOf(() -> {
            log.trace("trace");
            log.debug("debug");
            log.info("info");
        });

        assertThat(printed).isEqualTo("info\n");
    }
}
