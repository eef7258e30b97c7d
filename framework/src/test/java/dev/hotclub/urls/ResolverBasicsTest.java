package dev.hotclub.urls;

import dev.hotclub.http.View;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.hotclub.urls.SourceLines.site;
import static dev.hotclub.urls.Urls.include;
import static dev.hotclub.urls.Urls.path;
import static dev.hotclub.urls.Urls.rePath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("The resolver, on the tutorial's URLconf")
class ResolverBasicsTest {

    static final View HOME = r -> null;
    static final View SEARCH = r -> null;
    static final View PROFILE = r -> null;
    static final View GREET = r -> null;
    static final View ARCHIVE = r -> null;

    static final UrlConf GREETINGS = UrlConf.named("greetings",
            path("", HOME, "home"),
            path("search/", SEARCH, "search"),
            path("profile/<str:username>/", PROFILE, "show_profile"),
            path("<str:name>/", GREET, "personalized_greeting"));

    static final Resolver RESOLVER = Resolver.build(UrlConf.of(
            path("greetings/", include(GREETINGS)),
            path("fr/greetings/", include(GREETINGS, "greetings-fr")),
            rePath("^archive/(?<year>[0-9]{4})/$", ARCHIVE, "archive")));

    @Test
    void resolvesAnIncludedPatternWithItsConvertedValueAndItsNames() {
        ResolverMatch m = RESOLVER.resolve("/greetings/alice/");
        assertThat(m.view()).isSameAs(GREET);
        assertThat(m.kwargs()).isEqualTo(Map.of("name", "alice"));
        assertThat(m.args()).isEmpty();
        assertThat(m.route()).isEqualTo("greetings/<str:name>/");
        assertThat(m.urlName()).isEqualTo("personalized_greeting");
        assertThat(m.appNames()).containsExactly("greetings");
        assertThat(m.namespaces()).containsExactly("greetings");
        assertThat(m.viewName()).isEqualTo("greetings:personalized_greeting");
    }

    @Test
    void anInstanceNamespaceKeepsTheAppName() {
        ResolverMatch m = RESOLVER.resolve("/fr/greetings/");
        assertThat(m.view()).isSameAs(HOME);
        assertThat(m.appName()).isEqualTo("greetings");
        assertThat(m.namespace()).isEqualTo("greetings-fr");
        assertThat(m.viewName()).isEqualTo("greetings-fr:home");
    }

    @Test
    void theFirstPatternInDeclarationOrderWins() {
        assertThat(RESOLVER.resolve("/greetings/search/").view()).isSameAs(SEARCH);
        assertThat(RESOLVER.resolve("/greetings/profile/bob/").view()).isSameAs(PROFILE);
    }

    @Test
    void aRePathGivesItsNamedGroupsAsStrings() {
        ResolverMatch m = RESOLVER.resolve("/archive/2026/");
        assertThat(m.view()).isSameAs(ARCHIVE);
        assertThat(m.kwargs()).isEqualTo(Map.of("year", "2026"));
    }

    @Test
    void aMissThrowsResolver404WithThePathAndThePatternsTried() {
        Resolver404 e = org.junit.jupiter.api.Assertions.assertThrows(Resolver404.class,
                () -> RESOLVER.resolve("/nope"));
        assertThat(e.path()).isEqualTo("/nope");
        assertThat(e.getMessage()).isEqualTo("The current path, nope, didn't match any of the URL patterns.");
        assertThat(e.tried()).extracting(chain -> chain.stream().map(UrlPattern::route).toList())
                .containsExactly(List.of("greetings/"), List.of("fr/greetings/"),
                        List.of("^archive/(?<year>[0-9]{4})/$"));
    }

    @Test
    void triedListsTheInnerPatternsOfAnIncludeWhosePrefixMatched() {
        Resolver404 e = org.junit.jupiter.api.Assertions.assertThrows(Resolver404.class,
                () -> RESOLVER.resolve("/greetings/a/b/"));
        assertThat(e.tried()).extracting(chain -> chain.stream().map(UrlPattern::route).toList())
                .containsExactly(
                        List.of("greetings/", ""), List.of("greetings/", "search/"),
                        List.of("greetings/", "profile/<str:username>/"), List.of("greetings/", "<str:name>/"),
                        List.of("fr/greetings/"), List.of("^archive/(?<year>[0-9]{4})/$"));
    }

    @Test
    void tryResolveAndResolvesAnswerWithoutAnException() {
        assertThat(RESOLVER.tryResolve("/greetings/alice")).isEmpty();
        assertThat(RESOLVER.resolves("/greetings/alice")).isFalse();
        assertThat(RESOLVER.resolves("/greetings/alice/")).isTrue();
        assertThat(RESOLVER.tryResolve("/greetings/").map(ResolverMatch::view)).contains(HOME);
    }

    @Test
    void reverseFillsInPositionalAndKeywordValues() {
        assertThat(RESOLVER.reverse("greetings:personalized_greeting", "bob")).isEqualTo("/greetings/bob/");
        assertThat(RESOLVER.reverse("greetings:personalized_greeting", Map.of("name", "bob")))
                .isEqualTo("/greetings/bob/");
        assertThat(RESOLVER.reverse("greetings-fr:home")).isEqualTo("/fr/greetings/");
        assertThat(RESOLVER.reverse("archive", 2026)).isEqualTo("/archive/2026/");
        assertThat(RESOLVER.reverse("archive", Map.of("year", "1999"))).isEqualTo("/archive/1999/");
    }

    @Test
    void reverseOfAnUnknownNameSaysSo() {
        assertThatThrownBy(() -> RESOLVER.reverse("nope"))
                .isInstanceOf(NoReverseMatch.class)
                .hasMessage("Reverse for 'nope' not found. 'nope' is not a valid view function or pattern name.");
        assertThatThrownBy(() -> RESOLVER.reverse("nons:home"))
                .isInstanceOf(NoReverseMatch.class)
                .hasMessage("'nons' is not a registered namespace");
    }

    @Test
    void reverseWithValuesThatDoNotFitListsThePatternsTried() {
        assertThatThrownBy(() -> RESOLVER.reverse("archive", Map.of("year", "abc")))
                .isInstanceOf(NoReverseMatch.class)
                .hasMessage("Reverse for 'archive' with keyword arguments '{'year': 'abc'}' not found."
                        + " 1 pattern(s) tried: ['^archive/(?<year>[0-9]{4})/$']");
    }

    @Test
    void routesListsEveryEndpointInDeclarationOrder() {
        assertThat(RESOLVER.routes()).extracting(Route::route).containsExactly(
                "greetings/", "greetings/search/", "greetings/profile/<str:username>/", "greetings/<str:name>/",
                "fr/greetings/", "fr/greetings/search/", "fr/greetings/profile/<str:username>/",
                "fr/greetings/<str:name>/", "^archive/(?<year>[0-9]{4})/$");
    }

    @Test
    void theTutorialsTrapGivesAShadowingWarningNamingBothRoutes() {
        Resolver resolver = Resolver.build(UrlConf.named("greetings",
                path("<str:name>/", GREET, "personalized_greeting"), // @greet
                path("search/", SEARCH, "search"))); // @search
        assertThat(resolver.warnings()).containsExactly(new UrlWarning("urls.W101",
                "URL route 'search/' [name='search'] (in app 'greetings', " + site("search") + ") can never match:"
                        + " the earlier route '<str:name>/' [name='personalized_greeting'] (in app 'greetings', "
                        + site("greet") + ") matches every path it would."
                        + " Declare 'search/' before '<str:name>/'.",
                List.of("<str:name>/", "search/")));
    }

    @Test
    void theTutorialInTheRightOrderHasNoWarnings() {
        assertThat(RESOLVER.warnings()).isEmpty();
    }
}
