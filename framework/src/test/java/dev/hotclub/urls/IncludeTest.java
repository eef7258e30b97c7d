package dev.hotclub.urls;

import dev.hotclub.http.View;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.hotclub.urls.Urls.include;
import static dev.hotclub.urls.Urls.path;
import static dev.hotclub.urls.Urls.rePath;
import static org.assertj.core.api.Assertions.assertThat;

/** Django's tests/urlpatterns/path_urls.py, translated: includes, extra kwargs, rePath groups. */
@DisplayName("Resolving through include(), with prefix values and extra kwargs")
class IncludeTest {

    static final View EMPTY = r -> null;
    static final View INNER_MORE = r -> null;
    static final View LANG_AND_PATH = r -> null;

    static final UrlConf MORE = UrlConf.of(
            rePath("^more/(?<extra>\\w+)/$", INNER_MORE, Map.of("sub-extra", true), "inner-more"));
    static final UrlConf INCLUDED = UrlConf.of(
            path("extra/<extra>/", EMPTY, "inner-extra"),
            path("", include(MORE), Map.of("sub-extra", true)));

    static final Resolver RESOLVER = Resolver.build(UrlConf.of(
            path("articles/2003/", EMPTY, "articles-2003"),
            path("articles/<int:year>/", EMPTY, "articles-year"),
            path("articles/<int:year>/<int:month>/<int:day>/", EMPTY, "articles-year-month-day"),
            path("books/2007/", EMPTY, Map.of("extra", true), "books-2007"),
            path("books/<int:year>/<int:month>/<int:day>/", EMPTY, Map.of("extra", true), "books-year-month-day"),
            path("users/<id>/", EMPTY, "user-with-id"),
            path("included_urls/", include(INCLUDED)),
            rePath("^regex/(?<pk>[0-9]+)/$", EMPTY, "regex"),
            rePath("^regex_optional/(?<arg1>\\d+)/(?:(?<arg2>\\d+)/)?", EMPTY, "regex_optional"),
            rePath("^regex_only_optional/(?:(?<arg1>\\d+)/)?", EMPTY, "regex_only_optional"),
            path("", include(MORE), Map.of("sub-extra", false)),
            path("<lang>/<path:url>/", LANG_AND_PATH, "lang-and-path")));

    @Test
    void aLiteralPathHasNoValues() {
        ResolverMatch m = RESOLVER.resolve("/articles/2003/");
        assertThat(m.urlName()).isEqualTo("articles-2003");
        assertThat(m.args()).isEmpty();
        assertThat(m.kwargs()).isEmpty();
        assertThat(m.route()).isEqualTo("articles/2003/");
    }

    @Test
    void typedParametersAreConvertedInRouteOrder() {
        ResolverMatch m = RESOLVER.resolve("/articles/2015/04/12/");
        assertThat(m.urlName()).isEqualTo("articles-year-month-day");
        assertThat(m.kwargs()).containsExactly(Map.entry("year", 2015), Map.entry("month", 4), Map.entry("day", 12));
        assertThat(m.route()).isEqualTo("articles/<int:year>/<int:month>/<int:day>/");
    }

    @Test
    void extraKwargsJoinTheCapturedOnes() {
        assertThat(RESOLVER.resolve("/books/2015/04/12/").kwargs()).containsExactly(
                Map.entry("year", 2015), Map.entry("month", 4), Map.entry("day", 12), Map.entry("extra", true));
        assertThat(RESOLVER.resolve("/books/2007/").kwargs()).isEqualTo(Map.of("extra", true));
    }

    @Test
    void twoParametersAtTheStartOfARoute() {
        ResolverMatch m = RESOLVER.resolve("/en/foo/");
        assertThat(m.view()).isSameAs(LANG_AND_PATH);
        assertThat(m.kwargs()).containsExactly(Map.entry("lang", "en"), Map.entry("url", "foo"));
        assertThat(m.route()).isEqualTo("<lang>/<path:url>/");
    }

    @Test
    void aRePathWithOptionalGroupsLeavesOutTheOnesThatDidNotTakePart() {
        assertThat(RESOLVER.resolve("/regex_optional/1/2/").kwargs()).isEqualTo(Map.of("arg1", "1", "arg2", "2"));
        assertThat(RESOLVER.resolve("/regex_optional/1/").kwargs()).isEqualTo(Map.of("arg1", "1"));
        ResolverMatch m = RESOLVER.resolve("/regex_only_optional/");
        assertThat(m.kwargs()).isEmpty();
        assertThat(m.args()).isEmpty();
        assertThat(m.route()).isEqualTo("^regex_only_optional/(?:(?<arg1>\\d+)/)?");
    }

    @Test
    void anIncludeStripsItsPrefixAndJoinsTheRoutes() {
        ResolverMatch m = RESOLVER.resolve("/included_urls/extra/something/");
        assertThat(m.urlName()).isEqualTo("inner-extra");
        assertThat(m.kwargs()).isEqualTo(Map.of("extra", "something"));
        assertThat(m.route()).isEqualTo("included_urls/extra/<extra>/");
    }

    @Test
    void anEmptyStringIncludeAndTheInnerExtraKwargsWin() {
        ResolverMatch m = RESOLVER.resolve("/more/99/");
        assertThat(m.urlName()).isEqualTo("inner-more");
        assertThat(m.route()).isEqualTo("^more/(?<extra>\\w+)/$");
        assertThat(m.kwargs()).isEqualTo(Map.of("extra", "99", "sub-extra", true));
    }

    @Test
    void aDoubleInclusionJoinsThreeRoutes() {
        ResolverMatch m = RESOLVER.resolve("/included_urls/more/some_value/");
        assertThat(m.urlName()).isEqualTo("inner-more");
        assertThat(m.route()).isEqualTo("included_urls/more/(?<extra>\\w+)/$");
    }

    @Test
    void aTrailingNewlineMatchesNothing() {
        for (String url : List.of("/articles/2003/\n", "/en/foo/\n", "/included_urls/extra/\n", "/regex/1/\n",
                "/users/1/\n")) {
            assertThat(RESOLVER.resolves(url)).as(url).isFalse();
        }
    }

    @Test
    void aPathWithoutALeadingSlashMatchesNothing() {
        assertThat(RESOLVER.resolves("articles/2003/")).isFalse();
        Resolver404 e = org.junit.jupiter.api.Assertions.assertThrows(Resolver404.class,
                () -> RESOLVER.resolve("articles/2003/"));
        assertThat(e.tried()).isEmpty();
    }

    @Test
    void valuesCapturedInThePrefixReachTheInnerViewFirst() {
        View item = r -> null;
        UrlConf shop = UrlConf.named("shop", path("item/<int:id>/", item, "item"));
        Resolver resolver = Resolver.build(UrlConf.of(path("<str:lang>/shop/", include(shop))));
        ResolverMatch m = resolver.resolve("/en/shop/item/3/");
        assertThat(m.view()).isSameAs(item);
        assertThat(m.kwargs()).containsExactly(Map.entry("lang", "en"), Map.entry("id", 3));
        assertThat(m.route()).isEqualTo("<str:lang>/shop/item/<int:id>/");
    }

    @Test
    void anIncludesExtraKwargsOverrideThePrefixButNotTheInnerValues() {
        View v = r -> null;
        UrlConf inner = UrlConf.of(path("<str:b>/", v));
        Resolver resolver = Resolver.build(UrlConf.of(
                path("<str:a>/", include(inner), Map.of("a", "from-include", "b", "from-include", "c", 1))));
        assertThat(resolver.resolve("/x/y/").kwargs()).isEqualTo(Map.of("a", "from-include", "b", "y", "c", 1));
    }

    @Test
    void positionalGroupsBecomeArgsWhenNoGroupIsNamed() {
        View v = r -> null;
        Resolver resolver = Resolver.build(UrlConf.of(rePath("^pos/([0-9]+)/([a-z]+)/$", v, "pos")));
        ResolverMatch m = resolver.resolve("/pos/12/ab/");
        assertThat(m.args()).containsExactly("12", "ab");
        assertThat(m.kwargs()).isEmpty();
        assertThat(resolver.reverse("pos", 12, "ab")).isEqualTo("/pos/12/ab/");
    }

    @Test
    void namedGroupsWinOverUnnamedOnes() {
        View v = r -> null;
        Resolver resolver = Resolver.build(UrlConf.of(rePath("^mixed/([0-9]+)/(?<name>[a-z]+)/$", v)));
        ResolverMatch m = resolver.resolve("/mixed/12/ab/");
        assertThat(m.args()).isEmpty();
        assertThat(m.kwargs()).isEqualTo(Map.of("name", "ab"));
    }

    @Test
    void positionalArgsOfThePrefixAreKeptOnlyWhenThereAreNoKwargs() {
        View v = r -> null;
        View named = r -> null;
        UrlConf inner = UrlConf.of(rePath("^([a-z]+)/$", v), rePath("^n/(?<n>[0-9]+)/$", named));
        Resolver resolver = Resolver.build(UrlConf.of(
                rePath("^([0-9]+)/", include(inner)),
                rePath("^extra/([0-9]+)/", include(inner), Map.of("flag", true))));
        assertThat(resolver.resolve("/12/ab/").args()).containsExactly("12", "ab");
        ResolverMatch withKwargs = resolver.resolve("/12/n/7/");
        assertThat(withKwargs.args()).isEmpty();
        assertThat(withKwargs.kwargs()).isEqualTo(Map.of("n", "7"));
        ResolverMatch withExtra = resolver.resolve("/extra/12/ab/");
        assertThat(withExtra.args()).containsExactly("ab");
        assertThat(withExtra.kwargs()).isEqualTo(Map.of("flag", true));
    }

    @Test
    void theFirstMatchWinsAcrossIncludes() {
        View first = r -> null;
        View second = r -> null;
        UrlConf a = UrlConf.of(path("<int:n>/", first));
        UrlConf b = UrlConf.of(path("<str:s>/", second));
        Resolver resolver = Resolver.build(UrlConf.of(path("x/", include(a)), path("x/", include(b))));
        assertThat(resolver.resolve("/x/1/").view()).isSameAs(first);
        assertThat(resolver.resolve("/x/one/").view()).isSameAs(second);
    }

    @Test
    void anIncludeTakesAnyUrlConfProviderAndKeepsIt() {
        View v = r -> null;
        UrlConfProvider app = () -> UrlConf.named("blog", path("", v, "index"));
        Resolver resolver = Resolver.build(UrlConf.of(path("blog/", include(app))));
        assertThat(resolver.resolve("/blog/").viewName()).isEqualTo("blog:index");
        assertThat(resolver.urlConf().patterns().get(0).include().provider()).isSameAs(app);
    }

    @Test
    void routesPrintLikeDjangosDebugPage() {
        View v = r -> null;
        Resolver resolver = Resolver.build(UrlConf.of(
                path("greetings/", include(UrlConf.named("greetings", path("<str:name>/", v, "greet"))))));
        assertThat(resolver.routes()).extracting(Route::toString)
                .containsExactly("greetings/ <str:name>/ [name='greet']");
        assertThat(resolver.routes().get(0).viewName()).isEqualTo("greetings:greet");
    }

    @Test
    void routesPrintWithoutTheEmptyRoutesOfIncludes() {
        View v = r -> null;
        Resolver resolver = Resolver.build(UrlConf.of(
                path("blog/", include(UrlConf.of(path("", include(UrlConf.of(path("<slug:s>/", v, "post")))))))));
        assertThat(resolver.routes()).extracting(Route::toString).containsExactly("blog/ <slug:s>/ [name='post']");
    }
}
