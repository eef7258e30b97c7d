package dev.hotclub.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The command line of {@code java -jar <project>.jar}; serving itself is tested on a real jar in the dev server module. */
class LauncherTest {
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int start(String... args) {
        return Launcher.start(args, new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String said() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpPrintsTheUsageAndTheSettingsItReads() {
        assertThat(start("--help")).isZero();
        assertThat(said()).isEqualTo(Launcher.USAGE + System.lineSeparator()).contains("ALLOWED_HOSTS");
    }

    @Test
    void aWrongAddressIsRefusedWithDjangosMessage() {
        assertThat(start("abc")).isEqualTo(2);
        assertThat(said()).startsWith("Error: \"abc\" is not a valid port number or address:port pair.");
        assertThat(start("70000")).isEqualTo(2);
        assertThat(said()).contains("Error: \"70000\" is not a valid port number.");
    }

    @Test
    void moreThanOneArgumentIsAUsageError() {
        assertThat(start("8000", "9000")).isEqualTo(2);
        assertThat(said()).startsWith("Usage: java -jar <project>.jar [ADDR:]PORT");
    }

    @Test
    void migrationCommandsNeedAProjectAndSaySoWhenThereIsNone() {
        assertThat(start("migrate")).isEqualTo(1);
        assertThat(said()).startsWith("Error: No Hotclub project found: add the file ");
        assertThat(Launcher.USAGE).contains("migrate [APP [MIGRATION|zero]]");
    }
}
