package dev.hotclub.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.StringWriter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Html.escape and escapeTo write Django's escape() of any text")
class HtmlTest {
    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "``|``",
            "plain text, no change|plain text, no change",
            "<|&lt;",
            "<script>|&lt;script&gt;",
            "a&b|a&amp;b",
            "&&|&amp;&amp;",
            "`\"quoted\" and 'single'`|&quot;quoted&quot; and &#x27;single&#x27;",
            "?@=;:/ are kept|?@=;:/ are kept",
            "\u30d5\u30ec\u30fc\u30e0 <b>|\u30d5\u30ec\u30fc\u30e0 &lt;b&gt;",
            "ends with >|ends with &gt;",
    })
    void escapes(String text, String escaped) throws Exception {
        assertEquals(escaped, Html.escape(text));
        StringBuilder builder = new StringBuilder("before|");
        Html.escapeTo(text, builder);
        assertEquals("before|" + escaped, builder.toString());
        StringWriter writer = new StringWriter();
        Html.escapeTo(text, writer);
        assertEquals(escaped, writer.toString());
    }

    @Test
    @DisplayName("a text with nothing to escape is returned as it is, an object through String.valueOf")
    void nothingToEscape() {
        String text = "nothing to escape here";
        assertSame(text, Html.escape(text));
        assertEquals("42", Html.escape(42));
        assertEquals("null", Html.escape(null));
    }
}
