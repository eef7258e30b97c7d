package dev.hotclub.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("docs/TUTORIAL.md")
class TutorialDocTest {
    private static final Pattern FILE_BLOCK = Pattern.compile("\\*\\*`(src/(main|test)/(java|resources)/[^`]+)`\\*\\*\\n\\n```\\w*\\n(.*?)```",
            Pattern.DOTALL);

    @Test
    @DisplayName("shows the exact code of the polls project the test suite runs")
    void showsTheCodeTheTestsRun() throws IOException {
        String doc = Files.readString(Path.of("../docs/TUTORIAL.md"));
        Map<String, String> shown = new LinkedHashMap<>();
        Matcher m = FILE_BLOCK.matcher(doc);
        while (m.find()) {
            shown.put(m.group(1), m.group(4));
        }
        assertEquals(11, shown.size(), shown.keySet().toString());
        for (Map.Entry<String, String> file : shown.entrySet()) {
            // The project's src/main is the fixture's src/test: the framework's test suite compiles and runs it.
            Path fixture = Path.of(file.getKey().replaceFirst("^src/main/", "src/test/"));
            assertEquals(Files.readString(fixture), file.getValue(), file.getKey());
        }
    }
}
