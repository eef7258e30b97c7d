package dev.hotclub.handlers.internal.errorpages;

import dev.hotclub.handlers.internal.errorpages.TechnicalServerErrorPage;
import dev.hotclub.handlers.internal.errorpages.SourceFiles;
import dev.hotclub.utils.RepeatedFrames;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hotclub.http.HttpRequest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Repeated frames are folded as Python folds them")
class RepeatedFramesTest {

    private static StackTraceElement frame(String method, int line) {
        return new StackTraceElement("greetings.Views", method, "Views.java", line);
    }

    private static int recurse(int depth) {
        return recurse(depth + 1) + 1;
    }

    private static StackOverflowError stackOverflow() {
        try {
            recurse(0);
            throw new AssertionError("no StackOverflowError");
        } catch (StackOverflowError e) {
            return e;
        }
    }

    @Test
    void aRecursiveMethodIsShownThreeTimesThenCounted() {
        List<StackTraceElement> frames = new ArrayList<>(Collections.nCopies(1000, frame("recurse", 25)));
        frames.add(frame("index", 10));

        assertThat(RepeatedFrames.fold(frames)).containsExactly(
            new RepeatedFrames.Frame(frame("recurse", 25)), new RepeatedFrames.Frame(frame("recurse", 25)),
            new RepeatedFrames.Frame(frame("recurse", 25)), new RepeatedFrames.Repeated(1, 997),
            new RepeatedFrames.Frame(frame("index", 10)));
        assertThat(new RepeatedFrames.Repeated(1, 997).text()).isEqualTo("[Previous line repeated 997 more times]");
    }

    @Test
    void recursionThroughTwoMethodsIsFoldedAsACycle() {
        List<StackTraceElement> frames = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            frames.add(frame("even", 5));
            frames.add(frame("odd", 9));
        }
        List<RepeatedFrames.Line> folded = RepeatedFrames.fold(frames);

        assertThat(folded).hasSize(7).last().isEqualTo(new RepeatedFrames.Repeated(2, 7));
        assertThat(new RepeatedFrames.Repeated(2, 7).text()).isEqualTo("[Previous 2 lines repeated 7 more times]");
    }

    @Test
    void threeRepetitionsAreNotFoldedAsInPython() {
        List<StackTraceElement> frames = List.of(frame("a", 1), frame("a", 1), frame("a", 1), frame("b", 2));
        assertThat(RepeatedFrames.fold(frames)).hasSize(4).allMatch(line -> line instanceof RepeatedFrames.Frame);
    }

    @Test
    void anOrdinaryTraceIsPrintedExactlyAsJavaPrintsIt() {
        IllegalStateException error = new IllegalStateException("outer", new IllegalArgumentException("inner"));
        error.addSuppressed(new RuntimeException("suppressed"));
        ByteArrayOutputStream java = new ByteArrayOutputStream();
        error.printStackTrace(new PrintStream(java, true, StandardCharsets.UTF_8));
        ByteArrayOutputStream folded = new ByteArrayOutputStream();

        RepeatedFrames.print(error, new PrintStream(folded, true, StandardCharsets.UTF_8));

        assertThat(folded.toString(StandardCharsets.UTF_8)).isEqualTo(java.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aStackOverflowErrorIsAFewLinesOnTheConsole() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RepeatedFrames.print(stackOverflow(), new PrintStream(out, true, StandardCharsets.UTF_8));

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).isEqualTo("java.lang.StackOverflowError");
        assertThat(lines.get(1)).contains("RepeatedFramesTest.recurse(RepeatedFramesTest.java:");
        assertThat(lines.get(4)).matches("\\t\\[Previous line repeated \\d+ more times]");
        assertThat(lines).hasSizeLessThan(10);
    }

    @Test
    void aStackOverflowErrorsDebugPageIsSmall() {
        String html = TechnicalServerErrorPage.html(HttpRequest.builder("GET", "/deep/").build(), stackOverflow(),
            new SourceFiles(Path.of("no-such-project")), Optional.empty());

        assertThat(html).containsPattern("<li class=\"frame\">\\[Previous line repeated \\d+ more times]</li>");
        assertThat(html.length()).isLessThan(50_000);
    }
}
