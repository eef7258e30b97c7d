package dev.hotclub.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Console text: what came from a request cannot drive the terminal or forge a line")
class ConsoleTextTest {
    @Test
    @DisplayName("ESC, newline, carriage return, tab, DEL and C1 controls are written as Python's unicode_escape")
    void escapesControls() {
        assertEquals("/a\\x1b[31m\\nb\\r\\tc\\x7f\\x9bd\\x00", ConsoleText.escape("/a\u001b[31m\nb\r\tc\u007f\u009bd\u0000"));
    }

    @Test
    @DisplayName("a backslash is doubled, so that a written \\n cannot pass for an escaped newline")
    void doublesBackslashes() {
        assertEquals("C:\\\\n", ConsoleText.escape("C:\\n"));
    }

    @Test
    @DisplayName("printable text, non-ASCII letters included, is kept as it is, the same string")
    void keepsPrintableText() {
        String text = "/greetings/café/?q=\"€\"";
        assertSame(text, ConsoleText.escape(text));
    }

    @Test
    @DisplayName("in a quoted field a double quote is escaped too, as Apache's access log")
    void quotedFields() {
        StringBuilder out = new StringBuilder();
        ConsoleText.appendEscaped(out, "say \"hi\"\n", true);
        assertEquals("say \\\"hi\\\"\\n", out.toString());
    }
}
