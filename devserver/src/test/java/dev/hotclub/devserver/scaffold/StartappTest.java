package dev.hotclub.devserver.scaffold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartappTest {

    @TempDir
    Path temp;

    Path project;
    Path site;

    @BeforeEach
    void generateProject() throws Exception {
        project = new ProjectGenerator(StarterFixture.write(temp.resolve("starter")), "0.1.0-SNAPSHOT")
            .generate("mysite", temp.resolve("mysite"));
        site = project.resolve("src/main/java/mysite/Site.java");
    }

    @Test
    void writesTheAppsUrlConfViewsTemplateAndTest() throws Exception {
        AppGenerator.Result result = new AppGenerator(project).generate("blog_posts");

        assertThat(result.appDir()).isEqualTo(project.resolve("src/main/java/blog_posts"));
        assertThat(project.resolve("src/main/java/blog_posts/BlogPostsApp.java")).content()
            .contains("public final class BlogPostsApp implements App")
            .contains("return UrlConf.named(\"blog_posts\",\n            path(\"\", Views::index, \"index\"));")
            .contains("public List<Class<? extends Model>> models() {\n        return List.of();\n    }")
            .contains("then ./manage makemigrations blog_posts and ./manage migrate create its table.");
        assertThat(project.resolve("src/main/java/blog_posts/Views.java")).content()
            .contains("return render(request, \"blog_posts/index.html\", Map.of(\"app\", \"blog_posts\"));");
        assertThat(project.resolve("src/main/resources/blog_posts/templates/blog_posts/index.html")).content()
            .contains("<h1>The ${app} app works!</h1>");
        assertThat(project.resolve("src/test/java/blog_posts/ViewsTest.java")).content()
            .contains("client.get(\"/blog_posts/\")");
    }

    @Test
    void addsTheAppToAPlainUrlConf() throws Exception {
        AppGenerator.Result result = new AppGenerator(project).generate("blog");

        assertThat(result.added()).isTrue();
        assertThat(result.urlConfFile()).isEqualTo(site);
        assertThat(result.mountLine()).isEqualTo("path(\"blog/\", include(new blog.BlogApp())),");
        assertThat(site).content().contains(
            "            .urls(\n"
                + "                path(\"greetings/\", include(new GreetingsApp())),\n"
                + "                path(\"blog/\", include(new blog.BlogApp())))\n"
                + "            .build();");
    }

    @Test
    void mountsTheFirstAppInTheEmptyUrlConfOfANewProject() throws Exception {
        Path template = Path.of("").toAbsolutePath().resolveSibling("project-template"); // tests run in devserver/
        Path blog = new ProjectGenerator(template, "9.8.7").generate("blog", temp.resolve("blog"));
        Path blogSite = blog.resolve("src/main/java/blog/Site.java");
        assertThat(blog.resolve("pom.xml")).content().as("the Hotclub that made it")
            .contains("<hotclub.version>9.8.7</hotclub.version>").doesNotContain("0.1.0-SNAPSHOT</hotclub.version>");
        assertThat(blogSite).content().contains("                .urls()\n                .build();");

        assertThat(new AppGenerator(blog).generate("news").added()).isTrue();
        assertThat(new AppGenerator(blog).generate("polls").added()).isTrue();

        assertThat(blogSite).content().contains(
            "                .urls(\n"
                + "                        path(\"news/\", include(new news.NewsApp())),\n"
                + "                        path(\"polls/\", include(new polls.PollsApp())))\n"
                + "                .build();");
    }

    @Test
    void printsTheLineInsteadWhenTheUrlConfIsNotPlain() throws Exception {
        String custom = Files.readString(site).replace("path(\"greetings/\", include(new GreetingsApp())))",
            "greetingsRoutes())");
        Files.writeString(site, custom);

        AppGenerator.Result result = new AppGenerator(project).generate("blog");

        assertThat(result.added()).isFalse();
        assertThat(result.mountLine()).isEqualTo("path(\"blog/\", include(new blog.BlogApp())),");
        assertThat(site).hasContent(custom);
    }

    @Test
    void refusesAnExistingPackageAndTouchesNothing() throws Exception {
        String before = Files.readString(site);
        assertThatThrownBy(() -> new AppGenerator(project).generate("greetings"))
            .isInstanceOf(ScaffoldException.class)
            .hasMessage("'src/main/java/greetings' already exists: 'greetings' conflicts with a package of this project."
                + " Please try another name.");
        assertThat(site).hasContent(before);
        assertThat(project.resolve("src/main/resources/greetings")).doesNotExist();
    }

    @Test
    void refusesAKeywordAndAnInvalidName() {
        assertThatThrownBy(() -> new AppGenerator(project).generate("new"))
            .hasMessage("'new' is a reserved word in Java and cannot be used as an app name. Please try another name.");
        assertThatThrownBy(() -> new AppGenerator(project).generate("my-app"))
            .hasMessage("'my-app' is not a valid app name. Please make sure the name is a valid Java package name:"
                + " letters, digits and underscores, not starting with a digit (e.g. 'blog' or 'my_site').");
        assertThat(project.resolve("src/main/java/new")).doesNotExist();
        assertThat(project.resolve("src/main/java/my-app")).doesNotExist();
    }

    @Test
    void refusesAFolderThatIsNotAProject() {
        Path elsewhere = temp.resolve("starter").getParent().resolve("nothing");
        assertThatThrownBy(() -> new AppGenerator(elsewhere).generate("blog"))
            .hasMessage("'" + elsewhere + "' is not a Hotclub project (no pom.xml and src/main/java)."
                + " Run ./manage startapp in your project's folder.");
    }
}
