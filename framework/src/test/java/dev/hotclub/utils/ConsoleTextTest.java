package dev.hotclub.utils;

import dev.hotclub.utils.ConsoleText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Each expected string is what Python 3.11 prints for the same text, as Django 3.2.25's console does. */
@DisplayName("Text from a request, escaped for the console as Django escapes it")
class ConsoleTextTest {

    @Test
    void escapeIsPythonsUnicodeEscapeAsDjangosLogResponseUsesIt() {
        assertEquals("/a\\x1b[31m\\\\b\\n\\x85\\xe9\\u20ac\\x7f\\t\\U0001f600\\ud800",
                ConsoleText.escape("/a\u001b[31m\\b\n\u0085é€\u007f\t\uD83D\uDE00\uD800"));
    }

    @Test
    void escapeControlsIsTheRequestLogLinesTableOfPythonsHttpServer() {
        assertEquals("\"GET /a\\x1b[31m\\\\b\\x0a\\x85é€ HTTP/1.1\" 404 5",
                ConsoleText.escapeControls("\"GET /a\u001b[31m\\b\n\u0085é€ HTTP/1.1\" 404 5"));
    }

    @Test
    void plainTextIsReturnedAsItIs() {
        String plain = "/greetings/alice/?q=1";
        assertSame(plain, ConsoleText.escape(plain));
        assertSame(plain, ConsoleText.escapeControls(plain));
    }

    @Test
    void aStackTraceKeepsItsFramesAndEscapesEachMessageIndentingItsLaterLines() {
        IllegalStateException error = new IllegalStateException("bad\n\u001b[2Jline",
                new IllegalArgumentException("cause\r\n"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ConsoleText.printStackTrace(error, new PrintStream(out, true, StandardCharsets.UTF_8));
        String[] lines = out.toString(StandardCharsets.UTF_8).split(System.lineSeparator());
        assertEquals("java.lang.IllegalStateException: bad", lines[0]);
        assertEquals("    \\x1b[2Jline", lines[1]);
        assertTrue(lines[2].startsWith("\tat dev.hotclub.utils.ConsoleTextTest."), lines[2]);
        int causedBy = Arrays.asList(lines).indexOf("Caused by: java.lang.IllegalArgumentException: cause");
        assertTrue(causedBy > 0, String.join("\n", lines));
        assertEquals("    ", lines[causedBy + 1]);
    }

    @Test
    void aTemplateEnginesMultiLineMessageReadsAsWrittenWithItsTabs() {
        Exception error = new Exception("The template uses <@csrf_input/>, which needs CsrfViewMiddleware\n\n----\n"
                + "FTL stack trace (\"~\" means nesting-related):\n\t- Failed at: @csrf_input  [in template \"a.html\"]\n----");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ConsoleText.printStackTrace(error, new PrintStream(out, true, StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith(String.join(System.lineSeparator(),
                "java.lang.Exception: The template uses <@csrf_input/>, which needs CsrfViewMiddleware",
                "    ",
                "    ----",
                "    FTL stack trace (\"~\" means nesting-related):",
                "    \t- Failed at: @csrf_input  [in template \"a.html\"]",
                "    ----",
                "\tat ")), out.toString(StandardCharsets.UTF_8));
    }
}
