package dev.hotclub.devserver.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectCompilerTest {

    @TempDir
    Path sources;

    ProjectCompiler compiler;

    @BeforeEach
    void writeSources() throws IOException {
        write("a/Greeting.java", "package a;\npublic final class Greeting {\n    public static String text() { return \"hi\"; }\n}\n");
        write("a/Page.java", "package a;\npublic final class Page {\n    public String render() { return Greeting.text(); }\n}\n");
        write("b/Unrelated.java", "package b;\npublic final class Unrelated {\n}\n");
        compiler = new ProjectCompiler(sources, List.of());
    }

    @AfterEach
    void close() {
        compiler.close();
    }

    private Path write(String relative, String text) throws IOException {
        Path file = sources.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    @Test
    void aFullCompileCompilesEverySource() {
        CompileOutcome.Success success = (CompileOutcome.Success) compiler.compileAll();
        assertThat(success.filesCompiled()).isEqualTo(3);
        assertThat(success.classes().all()).extracting(CompiledClasses.CompiledClass::name)
            .containsExactlyInAnyOrder("a.Greeting", "a.Page", "b.Unrelated");
        assertThat(success.classes().sourceOf("a.Page")).isEqualTo(sources.resolve("a/Page.java"));
    }

    @Test
    void anEditRecompilesTheFileAndTheFilesThatUseIt() throws IOException {
        compiler.compileAll();
        Path greeting = write("a/Greeting.java", "package a;\npublic final class Greeting {\n    public static String text() { return \"hello\"; }\n}\n");
        CompileOutcome.Success success = (CompileOutcome.Success) compiler.compileChanges(List.of(greeting));
        assertThat(success.filesCompiled()).isEqualTo(2);
        assertThat(success.classes().size()).isEqualTo(3);
    }

    @Test
    void anEditToAFileNobodyUsesRecompilesOnlyIt() throws IOException {
        compiler.compileAll();
        Path unrelated = write("b/Unrelated.java", "package b;\npublic final class Unrelated {\n    int x;\n}\n");
        CompileOutcome.Success success = (CompileOutcome.Success) compiler.compileChanges(List.of(unrelated));
        assertThat(success.filesCompiled()).isEqualTo(1);
    }

    @Test
    void anEditThatKeepsTheApiStaysIncrementalEvenWithANewPrivateMethodAndAnAnonymousClass() throws IOException {
        compiler.compileAll();
        Path unrelated = write("b/Unrelated.java", "package b;\npublic final class Unrelated {\n"
            + "    private Runnable task() { return new Runnable() { public void run() { } }; }\n}\n");
        CompileOutcome.Success success = (CompileOutcome.Success) compiler.compileChanges(List.of(unrelated));
        assertThat(success.filesCompiled()).isEqualTo(1);
        assertThat(success.classes().all()).extracting(CompiledClasses.CompiledClass::name).contains("b.Unrelated$1");
    }

    @Test
    void anEditThatChangesAClassesApiAlsoRecompilesTheClassesThatDependOnItIndirectly() throws IOException {
        write("c/Top.java", "package c;\npublic final class Top {\n    String show() { return new a.Page().render(); }\n}\n");
        compiler.compileAll();
        Path greeting = write("a/Greeting.java", "package a;\npublic final class Greeting {\n"
            + "    public static String text() { return \"hi\"; }\n    public static String added() { return \"\"; }\n}\n");
        CompileOutcome.Success success = (CompileOutcome.Success) compiler.compileChanges(List.of(greeting));
        assertThat(success.filesCompiled()).as("Greeting, Page that uses it, Top that uses Page; not Unrelated").isEqualTo(3);
        assertThat(success.classes().size()).isEqualTo(4);
    }

    @Test
    void aNewAbstractMethodFailsAClassThatInheritsItThroughAnIntermediateClass() throws IOException {
        write("c/Shape.java", "package c;\npublic interface Shape {\n    double area();\n}\n");
        write("c/Polygon.java", "package c;\npublic abstract class Polygon implements Shape {\n}\n");
        Path square = write("c/Square.java",
            "package c;\npublic final class Square extends Polygon {\n    public double area() { return 1; }\n}\n");
        compiler.compileAll();

        Path shape = write("c/Shape.java", "package c;\npublic interface Shape {\n    double area();\n    int corners();\n}\n");
        CompileOutcome.Failure failure = (CompileOutcome.Failure) compiler.compileChanges(List.of(shape));
        assertThat(failure.errors()).hasSize(1);
        assertThat(failure.errors().get(0).file()).isEqualTo(square);
        assertThat(failure.errors().get(0).message())
            .isEqualTo("c.Square is not abstract and does not override abstract method corners() in c.Shape");

        write("c/Square.java", "package c;\npublic final class Square extends Polygon {\n"
            + "    public double area() { return 1; }\n    public int corners() { return 4; }\n}\n");
        CompileOutcome.Success success = (CompileOutcome.Success) compiler.compileChanges(List.of(square));
        assertThat(success.classes().get("c.Square")).isNotNull();
    }

    @Test
    void aChangedConstantRecompilesEverythingBecauseJavacInlinesIt() throws IOException {
        write("b/Unrelated.java", "package b;\npublic final class Unrelated {\n    public static final String NAME = \"x\";\n}\n");
        compiler.compileAll();
        Path unrelated = write("b/Unrelated.java", "package b;\npublic final class Unrelated {\n    public static final String NAME = \"y\";\n}\n");
        CompileOutcome.Success success = (CompileOutcome.Success) compiler.compileChanges(List.of(unrelated));
        assertThat(success.filesCompiled()).isEqualTo(3);
    }

    @Test
    void aDeletedFileFailsTheFilesThatUsedIt() throws IOException {
        compiler.compileAll();
        Path greeting = sources.resolve("a/Greeting.java");
        Files.delete(greeting);
        CompileOutcome.Failure failure = (CompileOutcome.Failure) compiler.compileChanges(List.of(greeting));
        SourceProblem problem = failure.errors().get(0);
        assertThat(problem.file()).isEqualTo(sources.resolve("a/Page.java"));
        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.message()).startsWith("cannot find symbol");
        assertThat(problem.excerpt().lines()).contains("    public String render() { return Greeting.text(); }");
    }

    @Test
    void afterAFailureTheNextCompileIsFullAndRecovers() throws IOException {
        compiler.compileAll();
        Path page = write("a/Page.java", "package a;\npublic final class Page {\n    broken\n}\n");
        CompileOutcome.Failure failure = (CompileOutcome.Failure) compiler.compileChanges(List.of(page));
        assertThat(failure.errors().get(0).location(sources)).startsWith("a/Page.java:3:");
        write("a/Page.java", "package a;\npublic final class Page {\n}\n");
        CompileOutcome.Success success = (CompileOutcome.Success) compiler.compileChanges(List.of(page));
        assertThat(success.filesCompiled()).isEqualTo(3);
    }

    @Test
    void aRestartOnUnchangedSourcesLoadsTheClassesFromTheCacheAndStillRecompilesIncrementally(@TempDir Path cache)
            throws IOException {
        try (ProjectCompiler first = new ProjectCompiler(sources, List.of(), cache)) {
            assertThat(((CompileOutcome.Success) first.compileAllOrLoad()).filesCompiled()).isEqualTo(3);
            first.saveToCache();
        }
        try (ProjectCompiler second = new ProjectCompiler(sources, List.of(), cache)) {
            CompileOutcome.Success loaded = (CompileOutcome.Success) second.compileAllOrLoad();
            assertThat(loaded.filesCompiled()).isZero();
            assertThat(loaded.classes().size()).isEqualTo(3);
            Path unrelated = write("b/Unrelated.java", "package b;\npublic final class Unrelated {\n    int y;\n}\n");
            assertThat(((CompileOutcome.Success) second.compileChanges(List.of(unrelated))).filesCompiled()).isEqualTo(1);
        }
        write("a/Page.java", "package a;\npublic final class Page {\n}\n");
        try (ProjectCompiler third = new ProjectCompiler(sources, List.of(), cache)) {
            assertThat(((CompileOutcome.Success) third.compileAllOrLoad()).filesCompiled()).isEqualTo(3);
        }
    }

    @Test
    void aStartThatCompilesEverythingSaysSoAndOneFromTheCacheSaysNothing(@TempDir Path cache) throws IOException {
        List<String> said = new java.util.ArrayList<>();
        try (ProjectCompiler first = new ProjectCompiler(sources, List.of(), cache, said::add)) {
            first.compileAllOrLoad();
            first.saveToCache();
        }
        assertThat(said).containsExactly("Compiling the project (3 Java files)...");
        try (ProjectCompiler second = new ProjectCompiler(sources, List.of(), cache, said::add)) {
            second.compileAllOrLoad();
        }
        assertThat(said).hasSize(1);
    }

    @Test
    void aFileSavedAfterTheLastCompileIsCompiledAtTheNextStartNotReplacedByTheCachedClasses(@TempDir Path cache)
            throws IOException {
        try (ProjectCompiler first = new ProjectCompiler(sources, List.of(), cache)) {
            first.compileAllOrLoad();
            // Saved while the dev server was reloading: the classes it is about to cache are older than this.
            write("a/Page.java", "package a;\npublic final class Page {\n    broken\n}\n");
            first.saveToCache();
        }
        try (ProjectCompiler second = new ProjectCompiler(sources, List.of(), cache)) {
            CompileOutcome outcome = second.compileAllOrLoad();
            assertThat(outcome).as("the broken file must be compiled and its error shown, not hidden by the cache")
                .isInstanceOf(CompileOutcome.Failure.class);
            assertThat(((CompileOutcome.Failure) outcome).errors().get(0).location(sources)).startsWith("a/Page.java:3:");
        }
    }

    @Test
    void classesLoadedFromTheCacheOrSavedSinceTheLastCompileAreNotWrittenAgain(@TempDir Path cache) throws IOException {
        try (ProjectCompiler first = new ProjectCompiler(sources, List.of(), cache)) {
            first.compileAllOrLoad();
            first.saveToCache();
            assertThat(cacheFiles(cache)).hasSize(1);
            deleteCacheFiles(cache);
            first.saveToCache();
            assertThat(cacheFiles(cache)).as("saved already, nothing compiled since").isEmpty();
            first.compileAll();
            first.saveToCache();
            assertThat(cacheFiles(cache)).as("compiled since the last save").hasSize(1);
        }
        try (ProjectCompiler second = new ProjectCompiler(sources, List.of(), cache)) {
            assertThat(((CompileOutcome.Success) second.compileAllOrLoad()).filesCompiled()).isZero();
            deleteCacheFiles(cache);
            second.saveToCache();
            assertThat(cacheFiles(cache)).as("loaded from the cache, nothing compiled since").isEmpty();
        }
    }

    private static List<Path> cacheFiles(Path cache) throws IOException {
        try (var files = Files.list(cache)) {
            return files.filter(p -> p.getFileName().toString().startsWith("classes-")).toList();
        }
    }

    private static void deleteCacheFiles(Path cache) throws IOException {
        for (Path file : cacheFiles(cache)) {
            Files.delete(file);
        }
    }
}
