package dev.hotclub.urls;

import dev.hotclub.http.View;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.hotclub.urls.Urls.include;
import static dev.hotclub.urls.Urls.path;
import static dev.hotclub.urls.Urls.rePath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Mistakes in a URLconf fail when the resolver is built, naming the route and the app")
class BuildErrorsTest {

    static final View V = r -> null;

    static void assertBuildFails(UrlConf conf, String message) {
        assertThatThrownBy(() -> Resolver.build(conf)).isInstanceOf(ImproperlyConfigured.class).hasMessage(message);
    }

    @Test
    void writingAPatternParsesNothingYet() {
        UrlPattern p = path("foo/<nonexistent:var>/", V);
        assertThat(p.route()).isEqualTo("foo/<nonexistent:var>/");
    }

    @Test
    void anUnknownConverter() {
        assertBuildFails(UrlConf.of(path("foo/<nonexistent:var>/", V)),
                "URL route 'foo/<nonexistent:var>/' uses invalid converter 'nonexistent'.");
    }

    @Test
    void anUnknownConverterInAnApp() {
        assertBuildFails(UrlConf.of(path("blog/", include(UrlConf.named("blog", path("<bad:x>/", V))))),
                "URL route '<bad:x>/' uses invalid converter 'bad' (in app 'blog').");
    }

    @Test
    void anUnknownConverterInAnIncludeWithoutAppName() {
        assertBuildFails(UrlConf.of(path("blog/", include(UrlConf.of(path("<bad:x>/", V))))),
                "URL route '<bad:x>/' uses invalid converter 'bad' (in the URLconf included at 'blog/').");
    }

    @Test
    void aParameterNameThatIsNotAnIdentifier() {
        assertBuildFails(UrlConf.of(path("hello/<int:1>/", V)),
                "URL route 'hello/<int:1>/' uses parameter name '1' which isn't a valid Java identifier.");
        assertBuildFails(UrlConf.of(path("b/<int:book.id>/", V)),
                "URL route 'b/<int:book.id>/' uses parameter name 'book.id' which isn't a valid Java identifier.");
        assertBuildFails(UrlConf.of(path("b/<:x>/", V)),
                "URL route 'b/<:x>/' uses parameter name ':x' which isn't a valid Java identifier.");
    }

    @Test
    void aNonAsciiIdentifierIsFine() {
        Resolver resolver = Resolver.build(UrlConf.of(path("hello/<str:\u0394>/", V)));
        assertThat(resolver.resolve("/hello/1/").kwargs()).isEqualTo(Map.of("\u0394", "1"));
    }

    @Test
    void whitespaceInAngleBrackets() {
        for (String whitespace : List.of(" ", "\t", "\n", "\r", "\u000B", "\f")) {
            String route = "space/<int:num>/extra/<str:" + whitespace + "test>";
            assertBuildFails(UrlConf.of(path(route, V)),
                    "URL route '" + route + "' cannot contain whitespace in angle brackets <…>.");
        }
    }

    @Test
    void whitespaceOutsideAngleBracketsIsFine() {
        Resolver resolver = Resolver.build(UrlConf.of(path("space \t/<int:num>/", V)));
        assertThat(resolver.resolve("/space \t/1/").kwargs()).isEqualTo(Map.of("num", 1));
    }

    @Test
    void malformedBracketsAreLiteralText() {
        Resolver resolver = Resolver.build(UrlConf.of(path("a/<int:x/", V), path("b/<>/", V)));
        assertThat(resolver.resolves("/a/<int:x/")).isTrue();
        assertThat(resolver.resolves("/b/<>/")).isTrue();
    }

    @Test
    void aParameterNameUsedTwice() {
        assertBuildFails(UrlConf.of(path("a/<int:x>/<str:x>/", V)),
                "URL route 'a/<int:x>/<str:x>/' uses parameter name 'x' more than once."
                        + " Give each parameter its own name.");
    }

    @Test
    void anInvalidRegex() {
        assertBuildFails(UrlConf.of(rePath("^(unclosed/$", V)),
                "\"^(unclosed/$\" is not a valid regular expression: Unclosed group near index 12");
        assertBuildFails(UrlConf.named("shop", rePath("^(?<x>a)(?<x>b)$", V)),
                "\"^(?<x>a)(?<x>b)$\" is not a valid regular expression:"
                        + " Named capturing group <x> is already defined near index 12");
    }

    @Test
    void anInvalidRegexInAnApp() {
        assertBuildFails(UrlConf.of(path("shop/", include(UrlConf.named("shop", rePath("^[a-$", V))))),
                "\"^[a-$\" is not a valid regular expression (in app 'shop'): Illegal character range near index 4");
    }

    @Test
    void aConverterWithAnInvalidRegex() {
        Converters broken = Converters.defaults().with("broken", Converter.of("[", s -> s, s -> s));
        assertThatThrownBy(() -> Resolver.build(UrlConf.of(path("<broken:x>/", V)), broken))
                .isInstanceOf(ImproperlyConfigured.class)
                .hasMessage("URL route '<broken:x>/' uses converter 'broken', whose regex \"[\" is not a valid"
                        + " regular expression: Unclosed character class near index 0");
    }

    @Test
    void aNullView() {
        assertBuildFails(UrlConf.named("pages", path("about/", null, "about")),
                "URL pattern 'about/' [name='about'] has no view (null). Give it a view, or include() a URLconf.");
        assertBuildFails(UrlConf.of(path("pages/", include(UrlConf.named("pages", path("about/", (View) null))))),
                "URL pattern 'about/' has no view (null) (in app 'pages'). Give it a view, or include() a URLconf.");
    }

    @Test
    void aNullPattern() {
        List<UrlPattern> patterns = new ArrayList<>();
        patterns.add(path("", V));
        patterns.add(null);
        assertThatThrownBy(() -> UrlConf.named("pages", patterns))
                .isInstanceOf(ImproperlyConfigured.class)
                .hasMessage("URL pattern #2 of app 'pages' is null. Remove it or give a path(...) or rePath(...).");
    }

    @Test
    void aProviderGivingNoUrlConf() {
        assertBuildFails(UrlConf.of(path("x/", include(() -> null))),
                "The include() at 'x/' gave no URLconf: its provider's urls() returned null.");
    }

    @Test
    void aUrlConfIncludingItself() {
        UrlConf[] self = new UrlConf[1];
        self[0] = UrlConf.named("loop", path("again/", include(() -> self[0])));
        assertBuildFails(UrlConf.of(path("x/", include(() -> self[0]))),
                "A URLconf includes itself (in app 'loop'). Remove the include() that leads back to it.");
    }
}
