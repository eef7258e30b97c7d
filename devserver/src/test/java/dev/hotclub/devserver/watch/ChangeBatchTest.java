package dev.hotclub.devserver.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChangeBatchTest {

    private static final Path PROJECT = Path.of("/work/templates/site");

    private static ChangeBatch changed(Path... files) {
        return new ChangeBatch(Set.of(), false, false, Set.of(files), false);
    }

    @Test
    void stylesheetsInStaticFoldersAloneCanBeSwappedWithoutAReload() {
        assertThat(changed(PROJECT.resolve("static/site.css"),
            PROJECT.resolve("src/main/resources/hello/static/hello/app.css")).onlyStylesheets()).isTrue();
    }

    @Test
    void aTemplateAScriptOrACssTemplateAmongTheChangesNeedsAReload() {
        Path css = PROJECT.resolve("static/site.css");
        assertThat(changed(css, PROJECT.resolve("templates/404.html")).onlyStylesheets()).isFalse();
        assertThat(changed(css, PROJECT.resolve("static/app.js")).onlyStylesheets()).isFalse();
        assertThat(changed(PROJECT.resolve("src/main/resources/hello/templates/hello/theme.css")).onlyStylesheets())
            .as("a .css template is rendered by a view").isFalse();
        assertThat(changed().onlyStylesheets()).isFalse();
    }

    @Test
    void aStylesheetSavedWithAJavaSourceIsPartOfAReload() {
        ChangeBatch batch = new ChangeBatch(Set.of(PROJECT.resolve("src/main/java/hello/Views.java")), false, false,
            Set.of(PROJECT.resolve("static/site.css")), false);
        assertThat(batch.onlyStylesheets()).isFalse();
        assertThat(batch.needsReload()).isTrue();
        assertThat(batch.reloadsPages()).isTrue();
    }

    @Test
    void everyChangeButAStylesheetReloadsThePages() {
        Path css = PROJECT.resolve("static/site.css");
        assertThat(changed(css).reloadsPages()).isFalse();
        assertThat(changed(css, PROJECT.resolve("templates/404.html")).reloadsPages()).isTrue();
        assertThat(changed(PROJECT.resolve("static/app.js")).reloadsPages()).isTrue();
        assertThat(changed().reloadsPages()).isFalse();
        assertThat(new ChangeBatch(Set.of(), true, false, Set.of(), false).reloadsPages()).as("a resource").isTrue();
        assertThat(new ChangeBatch(Set.of(), false, false, Set.of(), true).reloadsPages()).as("lost events").isTrue();

        assertThat(ChangeBatch.reloadsPages(ChangeKind.TEMPLATE_OR_STATIC, css)).isFalse();
        assertThat(ChangeBatch.reloadsPages(ChangeKind.TEMPLATE_OR_STATIC, PROJECT.resolve("templates/site.css")))
            .as("a .css template").isTrue();
        assertThat(ChangeBatch.reloadsPages(ChangeKind.JAVA_SOURCE, PROJECT.resolve("src/main/java/a/A.java"))).isTrue();
        assertThat(ChangeBatch.reloadsPages(ChangeKind.IGNORED, PROJECT.resolve("target/x"))).isFalse();
    }
}
