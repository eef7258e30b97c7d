package dev.hotclub.urls;

import dev.hotclub.http.View;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static dev.hotclub.urls.Urls.path;
import static dev.hotclub.urls.Urls.rePath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("reverse(): quoting, several patterns per name, args and kwargs")
class ReverseTest {

    static final View V = r -> null;

    static final Resolver RESOLVER = Resolver.build(UrlConf.of(
            path("q/<str:v>/", V, "str"),
            path("p/<path:v>/", V, "path"),
            path("<path:v>/", V, "root-path"),
            path("café/", V, "cafe"),
            path("number_of_args/0/", V, "number_of_args"),
            path("number_of_args/1/<value>/", V, "number_of_args"),
            path("kwargs_names/a/<a>/", V, "kwargs_names"),
            path("kwargs_names/b/<b>/", V, "kwargs_names"),
            path("same/a/<int:x>/", V, "same"),
            path("same/b/<int:x>/", V, "same"),
            rePath("^uppercase/(?<v>[A-Z]+)/$", V, "regex"),
            rePath("^lowercase/(?<v>[a-z]+)/$", V, "regex"),
            path("books/2007/", V, Map.of("extra", true), "books-2007"),
            path("need/<int:a>/", V, "need"),
            path("two/<str:a>/<int:b>/", V, "two"),
            rePath("^regex_optional/(?<arg1>\\d+)/(?:(?<arg2>\\d+)/)?", V, "regex_optional"),
            rePath("^year/(?<year>[0-9]{4})/$", V, "year")));

    @ParameterizedTest(name = "''{0}'' is quoted as {1}")
    @CsvSource(delimiter = '|', value = {
            "x y|/q/x%20y/",
            "café|/q/caf%C3%A9/",
            "a?b#c&d|/q/a%3Fb%23c&d/",
            "!$&'()*+,;=~:@|/q/!$&'()*+,;=~:@/",
            "100%|/q/100%25/",
            "😀|/q/%F0%9F%98%80/",
            "a\"<>\\^`{}|/q/a%22%3C%3E%5C%5E%60%7B%7D/"})
    void aValueIsPercentEncodedWithDjangosSafeCharacters(String value, String url) {
        assertThat(RESOLVER.reverse("str", value)).isEqualTo(url);
    }

    @Test
    void aPathValueKeepsItsSlashes() {
        assertThat(RESOLVER.reverse("path", "a/b c/d")).isEqualTo("/p/a/b%20c/d/");
    }

    @Test
    void literalTextOfTheRouteIsQuotedToo() {
        assertThat(RESOLVER.reverse("cafe")).isEqualTo("/caf%C3%A9/");
    }

    @Test
    void aLeadingDoubleSlashIsEncodedSoTheUrlStaysOnThisSite() {
        assertThat(RESOLVER.reverse("root-path", "/example.com/x")).isEqualTo("/%2Fexample.com/x/");
        assertThat(RESOLVER.reverse("root-path", "//example.com")).isEqualTo("/%2F/example.com/");
    }

    @Test
    void theNumberOfArgsChoosesThePattern() {
        assertThat(RESOLVER.reverse("number_of_args")).isEqualTo("/number_of_args/0/");
        assertThat(RESOLVER.reverse("number_of_args", 1)).isEqualTo("/number_of_args/1/1/");
    }

    @Test
    void theKwargNamesChooseThePattern() {
        assertThat(RESOLVER.reverse("kwargs_names", Map.of("a", 1))).isEqualTo("/kwargs_names/a/1/");
        assertThat(RESOLVER.reverse("kwargs_names", Map.of("b", 1))).isEqualTo("/kwargs_names/b/1/");
    }

    @Test
    void underOneNameThePatternDeclaredLastIsTriedFirst() {
        assertThat(RESOLVER.reverse("same", 1)).isEqualTo("/same/b/1/");
    }

    @Test
    void eachPatternsRegexDecidesWhichValuesItTakes() {
        assertThat(RESOLVER.reverse("regex", "ABC")).isEqualTo("/uppercase/ABC/");
        assertThat(RESOLVER.reverse("regex", "abc")).isEqualTo("/lowercase/abc/");
    }

    @Test
    void anOptionalGroupMayBeLeftOutOrFilledIn() {
        assertThat(RESOLVER.reverse("regex_optional", Map.of("arg1", 1))).isEqualTo("/regex_optional/1/");
        assertThat(RESOLVER.reverse("regex_optional", Map.of("arg1", 1, "arg2", 2))).isEqualTo("/regex_optional/1/2/");
        assertThat(RESOLVER.reverse("regex_optional", 1, 2)).isEqualTo("/regex_optional/1/2/");
    }

    @Test
    void extraKwargsMayBeGivenButMustBeEqual() {
        assertThat(RESOLVER.reverse("books-2007")).isEqualTo("/books/2007/");
        assertThat(RESOLVER.reverse("books-2007", Map.of("extra", true))).isEqualTo("/books/2007/");
        assertThatThrownBy(() -> RESOLVER.reverse("books-2007", Map.of("extra", false)))
                .isInstanceOf(NoReverseMatch.class)
                .hasMessage("Reverse for 'books-2007' with keyword arguments '{'extra': False}' not found."
                        + " 1 pattern(s) tried: ['books/2007/']");
    }

    @Test
    void mixingArgsAndKwargsIsAnError() {
        assertThatThrownBy(() -> RESOLVER.reverse("two", List.of("a"), Map.of("b", 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Don't mix *args and **kwargs in call to reverse()!");
    }

    @Test
    void theMessageSaysWhatWasGivenAndWhatWasTried() {
        assertThatThrownBy(() -> RESOLVER.reverse("need"))
                .hasMessage("Reverse for 'need' with no arguments not found. 1 pattern(s) tried: ['need/<int:a>/']");
        assertThatThrownBy(() -> RESOLVER.reverse("two", "a", "b"))
                .hasMessage("Reverse for 'two' with arguments '('a', 'b')' not found."
                        + " 1 pattern(s) tried: ['two/<str:a>/<int:b>/']");
        assertThatThrownBy(() -> RESOLVER.reverse("year", Map.of("year", "abc")))
                .hasMessage("Reverse for 'year' with keyword arguments '{'year': 'abc'}' not found."
                        + " 1 pattern(s) tried: ['^year/(?<year>[0-9]{4})/$']");
        assertThatThrownBy(() -> RESOLVER.reverse("same", "x"))
                .hasMessage("Reverse for 'same' with arguments '('x',)' not found."
                        + " 2 pattern(s) tried: ['same/b/<int:x>/', 'same/a/<int:x>/']");
        assertThatThrownBy(() -> RESOLVER.reverse("same", java.util.Arrays.asList((Object) null), Map.of()))
                .as("Java's null, as the Java code passed it, not Python's None")
                .hasMessage("Reverse for 'same' with arguments '(null,)' not found."
                        + " 2 pattern(s) tried: ['same/b/<int:x>/', 'same/a/<int:x>/']");
    }

    @Test
    void tooFewOrTooManyValuesFindNothing() {
        assertThatThrownBy(() -> RESOLVER.reverse("two", "a")).isInstanceOf(NoReverseMatch.class);
        assertThatThrownBy(() -> RESOLVER.reverse("two", "a", 1, 2)).isInstanceOf(NoReverseMatch.class);
        assertThatThrownBy(() -> RESOLVER.reverse("two", Map.of("a", "x"))).isInstanceOf(NoReverseMatch.class);
        assertThatThrownBy(() -> RESOLVER.reverse("two", Map.of("a", "x", "b", 1, "c", 2)))
                .isInstanceOf(NoReverseMatch.class);
        assertThat(RESOLVER.reverse("two", Map.of("a", "x", "b", 1))).isEqualTo("/two/x/1/");
    }

    @Test
    void aRePathUsingCharacterClassesAndQuantifiersReverses() {
        Resolver resolver = Resolver.build(UrlConf.of(
                rePath("^a\\.b/(?<slug>[-\\w]+)/x{2}/(?:page/)?$", V, "fancy"),
                rePath("^(?:en|fr)/(?<n>[0-9]+)/$", V, "alternation")));
        assertThat(resolver.reverse("fancy", "hello")).isEqualTo("/a.b/hello/xx/");
        assertThat(resolver.resolve("/a.b/hello/xx/page/").kwargs()).isEqualTo(Map.of("slug", "hello"));
        assertThatThrownBy(() -> resolver.reverse("alternation", 1)).isInstanceOf(NoReverseMatch.class);
    }
}
