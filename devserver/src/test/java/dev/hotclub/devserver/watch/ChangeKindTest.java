package dev.hotclub.devserver.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ChangeKindTest {

    private final Path project = Path.of("/projects/blog");

    private ChangeKind kindOf(String relative) {
        return ChangeKind.of(project, project.resolve(relative), false);
    }

    @Test
    void javaSourcesAreCompiled() {
        assertThat(kindOf("src/main/java/greetings/Views.java")).isEqualTo(ChangeKind.JAVA_SOURCE);
        assertThat(ChangeKind.of(project, project.resolve("src/main/java/news"), true)).isEqualTo(ChangeKind.JAVA_SOURCE);
    }

    @Test
    void editorsTemporaryFilesBesideSourcesAreIgnored() {
        assertThat(kindOf("src/main/java/greetings/sedX1b2c3")).isEqualTo(ChangeKind.IGNORED);
        assertThat(kindOf("src/main/java/greetings/.Views.java.swp")).isEqualTo(ChangeKind.IGNORED);
        assertThat(kindOf("src/main/java/greetings/Views.java~")).isEqualTo(ChangeKind.IGNORED);
        assertThat(kindOf("src/main/java/greetings/4913")).isEqualTo(ChangeKind.IGNORED);
        assertThat(kindOf("src/main/java/greetings/Views.java___jb_tmp___")).isEqualTo(ChangeKind.IGNORED);
    }

    @Test
    void templatesAndStaticFilesNeedNoReload() {
        assertThat(kindOf("templates/404.html")).isEqualTo(ChangeKind.TEMPLATE_OR_STATIC);
        assertThat(kindOf("static/site.css")).isEqualTo(ChangeKind.TEMPLATE_OR_STATIC);
        assertThat(kindOf("src/main/resources/greetings/templates/greetings/hello.html")).isEqualTo(ChangeKind.TEMPLATE_OR_STATIC);
        assertThat(kindOf("src/main/resources/greetings/static/greetings/app.js")).isEqualTo(ChangeKind.TEMPLATE_OR_STATIC);
    }

    @Test
    void otherResourcesRebuildTheGeneration() {
        assertThat(kindOf("src/main/resources/META-INF/services/dev.hotclub.project.ProjectProvider"))
            .isEqualTo(ChangeKind.RESOURCE);
        assertThat(kindOf("src/main/resources/messages.properties")).isEqualTo(ChangeKind.RESOURCE);
    }

    @Test
    void thePomReResolvesDependencies() {
        assertThat(kindOf("pom.xml")).isEqualTo(ChangeKind.BUILD_FILE);
    }

    @Test
    void buildOutputCachesAndTestsAreIgnored() {
        assertThat(kindOf("target/classes/greetings/Views.class")).isEqualTo(ChangeKind.IGNORED);
        assertThat(kindOf(".hotclub/classpath-1234.txt")).isEqualTo(ChangeKind.IGNORED);
        assertThat(kindOf(".git/index")).isEqualTo(ChangeKind.IGNORED);
        assertThat(kindOf("src/test/java/greetings/ViewsTest.java")).isEqualTo(ChangeKind.IGNORED);
        assertThat(kindOf("README.md")).isEqualTo(ChangeKind.IGNORED);
        assertThat(ChangeKind.of(project, Path.of("/elsewhere/pom.xml"), false)).isEqualTo(ChangeKind.IGNORED);
    }
}
