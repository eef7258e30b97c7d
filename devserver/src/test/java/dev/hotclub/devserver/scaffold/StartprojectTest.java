package dev.hotclub.devserver.scaffold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StartprojectTest {

    @TempDir
    Path temp;

    Path template;
    ProjectGenerator generator;

    @BeforeEach
    void writeTemplate() throws IOException {
        template = StarterFixture.write(temp.resolve("starter-template"));
        generator = new ProjectGenerator(template, "0.1.0-SNAPSHOT");
    }

    @Test
    void copiesTheStarterRenamingItsPackageArtifactAndName() throws Exception {
        Path blog = generator.generate("blog", temp.resolve("blog"));

        assertThat(blog.resolve("src/main/java/blog/Site.java")).content()
            .contains("package blog;").contains("Project.named(\"blog\")").contains("import greetings.GreetingsApp;");
        assertThat(blog.resolve("src/main/java/mysite")).doesNotExist();
        assertThat(blog.resolve("src/test/java/blog/SiteTest.java")).content().startsWith("package blog;");
        assertThat(blog.resolve("src/main/resources/META-INF/services/dev.hotclub.project.ProjectProvider")).hasContent("blog.Site");
        assertThat(blog.resolve("pom.xml")).content().contains("<artifactId>blog</artifactId>").contains("<name>blog</name>");
        assertThat(blog.resolve("README.md")).content().isEqualTo("# blog\n\nThe blog project. Not mysites or mysite_old.\n");
        assertThat(blog.resolve("src/main/java/greetings/GreetingsApp.java")).exists();
        assertThat(blog.resolve("templates/404.html")).hasContent("<h1>Not found on mysite</h1>".replace("mysite", "blog"));
    }

    @Test
    void eachNewProjectGetsItsOwnRandomDevelopmentSecretKey() throws Exception {
        String blog = Files.readString(generator.generate("blog", temp.resolve("blog")).resolve("src/main/java/blog/Site.java"));
        String news = Files.readString(generator.generate("news", temp.resolve("news")).resolve("src/main/java/news/Site.java"));

        Matcher blogKey = Pattern.compile("\\.secretKey\\(\"(hotclub-insecure-[^\"]{50})\"\\)").matcher(blog);
        Matcher newsKey = Pattern.compile("\\.secretKey\\(\"(hotclub-insecure-[^\"]{50})\"\\)").matcher(news);
        assertThat(blogKey.find()).as(blog).isTrue();
        assertThat(newsKey.find()).as(news).isTrue();
        assertThat(blogKey.group(1)).isNotEqualTo(newsKey.group(1));
        assertThat(blog).doesNotContain("starter-fixture-key");
    }

    @Test
    void skipsBuildOutputAndCaches() throws Exception {
        Path blog = generator.generate("blog", temp.resolve("blog"));
        assertThat(blog.resolve("target")).doesNotExist();
        assertThat(blog.resolve(".hotclub")).doesNotExist();
        assertThat(blog.resolve(".gitignore")).hasContent("target/\n.hotclub/");
    }

    @Test
    void writesAnExecutableManageScriptForThisHotclubVersion() throws Exception {
        Path manage = generator.generate("blog", temp.resolve("blog")).resolve("manage");
        assertThat(Files.isExecutable(manage)).isTrue();
        assertThat(manage).content()
            .startsWith("#!/usr/bin/env bash\n")
            .contains("version=${version:-0.1.0-SNAPSHOT}\n")
            .contains("dev.hotclub.devserver.cli.Main")
            .contains("--program ./manage --project . \"$@\"");
    }

    @Test
    void generatesIntoAnEmptyExistingFolder() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("empty"));
        generator.generate("blog", dir);
        assertThat(dir.resolve("src/main/java/blog/Site.java")).exists();
    }

    @Test
    void refusesAnExistingFolderAndTouchesNothing() throws Exception {
        Path existing = Files.createDirectories(temp.resolve("blog"));
        Files.writeString(existing.resolve("notes.txt"), "mine");

        assertThatThrownBy(() -> generator.generate("blog", existing))
            .isInstanceOf(ScaffoldException.class)
            .hasMessage("'" + existing + "' already exists. Choose another name or folder, or remove that one first.");
        assertThat(listing(existing)).containsExactly("notes.txt");
        assertThat(listing(temp)).containsExactlyInAnyOrder("blog", "starter-template");
    }

    @ParameterizedTest
    @ValueSource(strings = {"my-site", "9lives", "my site", "café", "a.b"})
    void refusesANameThatIsNotAJavaPackageName(String name) {
        assertThatThrownBy(() -> generator.generate(name, temp.resolve("out")))
            .isInstanceOf(ScaffoldException.class)
            .hasMessage("'" + name + "' is not a valid project name. Please make sure the name is a valid Java package"
                + " name: letters, digits and underscores, not starting with a digit (e.g. 'blog' or 'my_site').");
        assertThat(temp.resolve("out")).doesNotExist();
        assertThat(listing(temp)).containsExactly("starter-template");
    }

    @ParameterizedTest
    @ValueSource(strings = {"class", "import", "true", "null", "_", "goto"})
    void refusesAJavaKeyword(String name) {
        assertThatThrownBy(() -> generator.generate(name, temp.resolve(name)))
            .isInstanceOf(ScaffoldException.class)
            .hasMessage("'" + name + "' is a reserved word in Java and cannot be used as a project name."
                + " Please try another name.");
        assertThat(listing(temp)).containsExactly("starter-template");
    }

    @Test
    void refusesTheNameOfAnAppOfTheStarter() {
        assertThatThrownBy(() -> generator.generate("greetings", temp.resolve("greetings")))
            .isInstanceOf(ScaffoldException.class)
            .hasMessage("'greetings' is the name of an app of the starter project and cannot be used as a project name."
                + " Please try another name.");
    }

    @Test
    void refusesAJavaPlatformPackage() {
        assertThatThrownBy(() -> generator.generate("java", temp.resolve("java")))
            .isInstanceOf(ScaffoldException.class)
            .hasMessage("'java' conflicts with the name of a package of the Java platform and cannot be used as a"
                + " project name. Please try another name.");
        assertThat(listing(temp)).containsExactly("starter-template");
    }

    private static List<String> listing(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void refusesATemplateWithASymbolicLinkRatherThanCopyWhatItPointsTo() throws Exception {
        Path secret = Files.writeString(temp.resolve("secret.txt"), "not for projects");
        Files.createSymbolicLink(template.resolve("templates/secret.txt"), secret);

        assertThatThrownBy(() -> generator.generate("blog", temp.resolve("blog")))
            .isInstanceOf(ScaffoldException.class)
            .hasMessage("The starter template holds a symbolic link, 'templates/secret.txt' -> '" + secret + "'. startproject"
                + " copies files and folders, never what a link points to: replace the link with the file or folder itself,"
                + " or remove it.");
        assertThat(listing(temp)).containsExactlyInAnyOrder("starter-template", "secret.txt");
    }

    @Test
    void ignoresSymbolicLinksInFoldersItSkips() throws Exception {
        Files.createDirectories(template.resolve("target"));
        Files.createSymbolicLink(template.resolve("target/link"), temp);

        assertThat(generator.generate("blog", temp.resolve("blog")).resolve("pom.xml")).exists();
    }
}
