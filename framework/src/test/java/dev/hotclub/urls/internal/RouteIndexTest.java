package dev.hotclub.urls.internal;

import dev.hotclub.http.View;
import dev.hotclub.urls.Converter;
import dev.hotclub.urls.Converters;
import dev.hotclub.urls.UrlConf;
import dev.hotclub.urls.UrlPattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.hotclub.urls.Urls.include;
import static dev.hotclub.urls.Urls.path;
import static dev.hotclub.urls.Urls.rePath;
import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The route index offers few candidates, in declaration order")
class RouteIndexTest {

    static final View V = r -> null;

    static IndexedResolver indexOf(List<UrlPattern> patterns, Converters converters) {
        return new IndexedResolver(CompiledUrlConf.compile(UrlConf.of(patterns), converters));
    }

    static List<UrlPattern> table(String shape, int routes) {
        List<UrlPattern> patterns = new ArrayList<>();
        for (int i = 0; i < routes; i++) {
            patterns.add(path(shape.replace("N", String.valueOf(i)), V, "r" + i));
        }
        return patterns;
    }

    @Test
    void aLiteralFirstTableOffersOneCandidateAmongTenThousand() {
        IndexedResolver index = indexOf(table("api/v1/resN/items/<int:id>/", 10_000), Converters.defaults());
        assertThat(index.candidatesFor("/api/v1/res7345/items/42/")).containsExactly(7345);
        assertThat(index.candidatesFor("/api/v1/res7345/items/x/")).isEmpty();
        assertThat(index.candidatesFor("/api/v1/nope/items/42/")).isEmpty();
    }

    @Test
    void aParameterFirstTableOffersOneCandidateAmongTenThousand() {
        IndexedResolver index = indexOf(table("<str:tenant>/resN/items/<int:id>/", 10_000), Converters.defaults());
        assertThat(index.candidatesFor("/acme/res9999/items/1/")).containsExactly(9999);
    }

    @Test
    void aLiteralAndAParameterAtTheSamePlaceAreBothOfferedInOrder() {
        IndexedResolver index = indexOf(List.of(path("<str:name>/", V), path("search/", V), path("<int:n>/", V)),
                Converters.defaults());
        assertThat(index.candidatesFor("/search/")).containsExactly(0, 1);
        assertThat(index.candidatesFor("/12/")).containsExactly(0, 2);
    }

    @Test
    void whatMightMatchAcrossASlashIsOfferedForEveryPathBelowItsPrefix() {
        Converters converters = Converters.defaults().with("any", Converter.of(".+", s -> s, s -> s));
        IndexedResolver index = indexOf(List.of(
                path("static/<path:file>", V),
                path("files/<any:f>/", V),
                rePath("^archive/(?<y>[0-9]+)/$", V),
                path("blog/", include(UrlConf.of(rePath("^(?<slug>[a-z]+)/$", V)))),
                path("other/", V)), converters);
        assertThat(index.candidatesFor("/static/css/site.css")).containsExactly(0, 2);
        assertThat(index.candidatesFor("/files/a/b/")).containsExactly(1, 2);
        assertThat(index.candidatesFor("/blog/hello/")).containsExactly(2, 3);
        assertThat(index.candidatesFor("/other/")).containsExactly(2, 4);
    }

    @Test
    void aSegmentMixingTextAndParametersIsTestedAsAWhole() {
        IndexedResolver index = indexOf(List.of(path("mixed/<int:n>-<slug:s>/", V), path("mixed/v<int:n>/", V)),
                Converters.defaults());
        assertThat(index.candidatesFor("/mixed/12-ab/")).containsExactly(0);
        assertThat(index.candidatesFor("/mixed/v2/")).containsExactly(1);
        assertThat(index.candidatesFor("/mixed/x-ab/")).isEmpty();
    }

    @Test
    void aConverterNamedLikeABuiltInButReplacedIsNotTrusted() {
        Converters converters = Converters.defaults().with("str", Converter.of(".+", s -> s, s -> s));
        IndexedResolver index = indexOf(List.of(path("a/<str:x>/", V)), converters);
        assertThat(index.candidatesFor("/a/b/c/")).containsExactly(0);
        assertThat(index.resolve("/a/b/c/").kwargs()).containsEntry("x", "b/c");
    }
}
