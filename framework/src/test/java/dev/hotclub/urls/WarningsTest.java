package dev.hotclub.urls;

import dev.hotclub.http.View;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.hotclub.urls.SourceLines.site;
import static dev.hotclub.urls.Urls.include;
import static dev.hotclub.urls.Urls.path;
import static dev.hotclub.urls.Urls.rePath;
import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Warnings found when the resolver is built")
class WarningsTest {

    static final View V = r -> null;

    static List<UrlWarning> warningsOf(UrlPattern... patterns) {
        return Resolver.build(UrlConf.of(patterns)).warnings();
    }

    @Test
    void aLiteralAfterAStrAtTheSamePlaceIsShadowed() {
        List<UrlWarning> warnings = warningsOf(
                path("<str:name>/", V, "greet"), // @greet
                path("search/", V, "search")); // @search
        assertThat(warnings).singleElement().satisfies(w -> {
            assertThat(w.id()).isEqualTo("urls.W101");
            assertThat(w.routes()).containsExactly("<str:name>/", "search/");
            assertThat(w.toString()).isEqualTo("?: (urls.W101) URL route 'search/' [name='search'] (in the root URLconf, "
                    + site("search") + ") can never match: the earlier route '<str:name>/' [name='greet']"
                    + " (in the root URLconf, " + site("greet") + ") matches every path it would."
                    + " Declare 'search/' before '<str:name>/'.");
        });
    }

    @Test
    void shadowingIsFoundAcrossIncludes() {
        UrlConf greetings = UrlConf.named("greetings", path("search/", V, "search"));
        List<UrlWarning> warnings = warningsOf(path("greetings/<str:name>/", V), path("greetings/", include(greetings)));
        assertThat(warnings).extracting(UrlWarning::routes).containsExactly(List.of("greetings/<str:name>/",
                "greetings/search/"));
    }

    @Test
    void aParameterShadowedByAWiderOne() {
        assertThat(warningsOf(path("<str:a>/x/", V), path("<int:b>/x/", V))).extracting(UrlWarning::routes)
                .containsExactly(List.of("<str:a>/x/", "<int:b>/x/"));
        assertThat(warningsOf(path("<slug:a>/", V), path("<uuid:b>/", V))).hasSize(1);
        assertThat(warningsOf(path("<int:a>/", V), path("<int:b>/", V))).hasSize(1);
        assertThat(warningsOf(path("same/", V), path("same/", V))).hasSize(1);
    }

    @Test
    void aLiteralTheEarlierConverterRejectsIsNotShadowed() {
        assertThat(warningsOf(path("<int:n>/", V), path("search/", V))).isEmpty();
        assertThat(warningsOf(path("<slug:s>/", V), path("café/", V))).isEmpty();
        assertThat(warningsOf(path("<int:a>/", V), path("<str:b>/", V))).isEmpty();
    }

    @Test
    void aCustomConverterShadowsOnlyWhatItWouldConvert() {
        Converter<Integer> small = Converter.of("[0-9]+", s -> {
            int n = Integer.parseInt(s);
            if (n > 5) {
                throw new IllegalArgumentException();
            }
            return n;
        }, String::valueOf);
        Resolver resolver = Resolver.build(UrlConf.of(path("<small:n>/", V), path("3/", V), path("9/", V)),
                Converters.defaults().with("small", small));
        assertThat(resolver.warnings()).extracting(UrlWarning::routes).containsExactly(List.of("<small:n>/", "3/"));
    }

    @Test
    void routesOfDifferentLengthsDoNotShadowEachOther() {
        assertThat(warningsOf(path("<str:a>/", V), path("a/b/", V), path("a", V))).isEmpty();
    }

    static List<List<String>> shadowed(UrlPattern... patterns) {
        return warningsOf(patterns).stream().filter(w -> w.id().equals(UrlWarning.SHADOWED_ROUTE))
                .map(UrlWarning::routes).toList();
    }

    @Test
    void anIncludeWhosePrefixCapturesShadowsALaterLiteralWhenItsUrlConfMatchesTheRest() {
        UrlConf pages = UrlConf.of(path("", V), path("contact/", V));
        assertThat(shadowed(path("<str:lang>/", include(pages)), path("about/", V)))
                .containsExactly(List.of("<str:lang>/", "about/"));
        assertThat(shadowed(path("<str:lang>/", include(pages)), path("fr/contact/", V)))
                .containsExactly(List.of("<str:lang>/contact/", "fr/contact/"));
    }

    @Test
    void anIncludeWhosePrefixCapturesDoesNotShadowWhatItsUrlConfCannotMatch() {
        // Django tries the next pattern when nothing inside the include matches: /about/ reaches about/.
        UrlConf pages = UrlConf.of(path("contact/", V));
        assertThat(shadowed(path("<str:lang>/", include(pages)), path("about/", V))).isEmpty();
        assertThat(shadowed(path("<int:year>/", include(UrlConf.of(path("", V)))), path("about/", V))).isEmpty();
    }

    @Test
    void aMixedSegmentShadowsTheLiteralsItMatches() {
        assertThat(shadowed(path("<int:a>-<int:b>/", V), path("1-2/", V)))
                .containsExactly(List.of("<int:a>-<int:b>/", "1-2/"));
        assertThat(shadowed(path("<int:a>-<int:b>/<str:s>/", V), path("1-2/<int:n>/", V)))
                .containsExactly(List.of("<int:a>-<int:b>/<str:s>/", "1-2/<int:n>/"));
    }

    @Test
    void aMixedSegmentDoesNotShadowWhatItsConvertersRefuse() {
        assertThat(shadowed(path("<int:a>-<int:b>/", V), path("1-x/", V))).isEmpty();
        assertThat(shadowed(path("<int:a>-<int:b>/", V), path("12/", V))).isEmpty();
        // Past Python's 4300 digits int's toJava refuses the text, so the route does not match and the literal is reached.
        assertThat(shadowed(path("<int:a>-<int:b>/", V), path("9".repeat(4301) + "-2/", V))).isEmpty();
        assertThat(shadowed(path("<int:a>-<int:b>/<str:s>/", V), path("1-x/<int:n>/", V))).isEmpty();
    }

    @Test
    void anIntOfAnySizeShadowsTheLiteralsItMatchesAsDjangosDoes() {
        assertThat(shadowed(path("<int:a>-<int:b>/", V), path("99999999999999999999-2/", V)))
                .containsExactly(List.of("<int:a>-<int:b>/", "99999999999999999999-2/"));
    }

    @Test
    void aMixedSegmentIsShadowedByAParameterThatTakesAllItCanMatch() {
        assertThat(shadowed(path("<str:s>/", V), path("<int:a>-<slug:b>/", V))).hasSize(1);
        assertThat(shadowed(path("<slug:s>/", V), path("<int:a>-<uuid:b>/", V))).hasSize(1);
        assertThat(shadowed(path("<int:a>-<int:b>/x/", V), path("<int:c>-<int:d>/x/", V))).hasSize(1);
    }

    @Test
    void aMixedSegmentIsNotShadowedByAParameterThatRefusesSomeOfIt() {
        assertThat(shadowed(path("<slug:s>/", V), path("<int:a>.<int:b>/", V))).isEmpty();
        assertThat(shadowed(path("<slug:s>/", V), path("<str:a>-<int:b>/", V))).isEmpty();
        assertThat(shadowed(path("<int:s>/", V), path("<int:a>-<int:b>/", V))).isEmpty();
        assertThat(shadowed(path("<int:a>-<int:b>/", V), path("<int:c>-<slug:d>/", V))).isEmpty();
        assertThat(shadowed(path("<int:a>-<slug:b>/", V), path("<int:c>-<int:d>/", V))).isEmpty();
    }

    @Test
    void aRePathShadowsTheLiteralsItMatches() {
        assertThat(shadowed(rePath("^.*$", V), path("a/", V))).containsExactly(List.of("^.*$", "a/"));
        assertThat(shadowed(rePath("^(?<y>[0-9]{4})/$", V), path("2026/", V))).hasSize(1);
        assertThat(shadowed(rePath("^(?<y>[0-9]{4})/$", V), path("202/", V))).isEmpty();
        assertThat(shadowed(rePath("^a/", include(UrlConf.of(path("b/", V)))), path("a/b/", V))).hasSize(1);
        assertThat(shadowed(rePath("^a/", include(UrlConf.of(path("b/", V)))), path("a/c/", V))).isEmpty();
    }

    @Test
    void aCustomConverterAtAnIncludesEdgeShadowsTheLiteralsItConverts() {
        Converter<Integer> small = Converter.of("[0-9]+", s -> {
            int n = Integer.parseInt(s);
            if (n > 5) {
                throw new IllegalArgumentException();
            }
            return n;
        }, String::valueOf);
        UrlConf inner = UrlConf.of(path("items/", V));
        Resolver resolver = Resolver.build(UrlConf.of(path("<small:n>/", include(inner)), path("3/items/", V),
                path("9/items/", V)), Converters.defaults().with("small", small));
        assertThat(resolver.warnings()).extracting(UrlWarning::routes)
                .containsExactly(List.of("<small:n>/items/", "3/items/"));
    }

    @Test
    void whatCannotBeDecidedSegmentBySegmentIsLeftOut() {
        // rePath above a route with parameters, and an include cutting a segment after a parameter:
        // each is in fact shadowed here, but no segment-wise answer is certain in general.
        assertThat(shadowed(rePath("^(?<x>[^/]+)/$", V), path("<int:n>/", V))).isEmpty();
        assertThat(shadowed(path("<int:n>", include(UrlConf.of(path("-<slug:s>/", V)))),
                path("<int:a>-<slug:b>/", V))).isEmpty();
    }

    @Test
    void onlyTheFirstShadowingRouteIsNamed() {
        assertThat(warningsOf(path("<str:a>/", V), path("<slug:b>/", V), path("x/", V)))
                .extracting(UrlWarning::routes)
                .containsExactly(List.of("<str:a>/", "<slug:b>/"), List.of("<str:a>/", "x/"));
    }

    @Test
    void aNameUsedTwiceInOneNamespace() {
        UrlConf app = UrlConf.named("blog",
                path("", V, "index"), // @index
                path("home/", V, "index")); // @home
        List<UrlWarning> warnings = warningsOf(path("blog/", include(app)), path("", V, "index"));
        assertThat(warnings).singleElement().satisfies(w -> {
            assertThat(w.id()).isEqualTo("urls.W102");
            assertThat(w.routes()).containsExactly("blog/", "blog/home/");
            assertThat(w.message()).isEqualTo("URL name 'index' is used by both 'blog/' (in app 'blog', "
                    + site("index") + ") and 'blog/home/' (in app 'blog', " + site("home") + ") in"
                    + " namespace 'blog': reverse('blog:index') tries 'blog/home/' first."
                    + " Rename one of them unless they take different arguments on purpose.");
        });
    }

    @Test
    void theTutorialsUrlConfInTheRightOrderIsClean() {
        UrlConf greetings = UrlConf.named("greetings",
                path("", V, "home"),
                path("search/", V, "search"),
                path("go-home/", V, "go_home"),
                path("profile/<str:username>/", V, "show_profile"),
                path("<str:name>/", V, "personalized_greeting"));
        assertThat(warningsOf(path("greetings/", include(greetings)))).isEmpty();
    }

    @Test
    void djangosOwnChecksKeepTheirIdsAndWording() {
        UrlConf inner = UrlConf.of(path("x/", V));
        List<UrlWarning> warnings = warningsOf(
                path("/about/", V, "about"), // @about
                path("/blog/", include(inner)),
                rePath("^shop/$", include(UrlConf.of(path("y/", V)))), // @shop
                path("contact/", V, "site:contact")); // @contact
        assertThat(warnings).extracting(UrlWarning::toString).containsExactly(
                "?: (urls.W002) Your URL pattern '/about/' [name='about'] has a route beginning with a '/'."
                        + " Remove this slash as it is unnecessary. If this pattern is targeted in an include(),"
                        + " ensure the include() pattern has a trailing '/' (in the root URLconf, " + site("about") + ").",
                "?: (urls.W001) Your URL pattern '^shop/$' uses include with a route ending with a '$'."
                        + " Remove the dollar from the route to avoid problems including URLs (in the root URLconf, "
                        + site("shop") + ").",
                "?: (urls.W003) Your URL pattern 'contact/' [name='site:contact'] has a name including a ':'."
                        + " Remove the colon, to avoid ambiguous namespace references (in the root URLconf, "
                        + site("contact") + ").");
        assertThat(warnings.get(0).routes()).containsExactly("/about/");
    }

    @Test
    void anUnmatchedAngleBracketIsDjangosUrlsW010() {
        List<UrlWarning> warnings = warningsOf(
                path("<int:id/", V, "detail"), // @detail
                path("a>/<slug:s>/", V, "odd")); // @odd
        assertThat(warnings).extracting(UrlWarning::toString).containsExactly(
                "?: (urls.W010) Your URL pattern '<int:id/' [name='detail'] has an unmatched '<' bracket (in the root"
                        + " URLconf, " + site("detail") + ").",
                "?: (urls.W010) Your URL pattern 'a>/<slug:s>/' [name='odd'] has an unmatched '>' bracket (in the root"
                        + " URLconf, " + site("odd") + ").");
        assertThat(warnings.get(0).id()).isEqualTo(UrlWarning.UNMATCHED_BRACKET);
    }
}
