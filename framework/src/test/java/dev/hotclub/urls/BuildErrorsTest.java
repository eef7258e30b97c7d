package dev.hotclub.urls;

import dev.hotclub.conf.ImproperlyConfigured;

import dev.hotclub.http.View;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.hotclub.urls.SourceLines.site;
import static dev.hotclub.urls.Urls.include;
import static dev.hotclub.urls.Urls.path;
import static dev.hotclub.urls.Urls.rePath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Mistakes in a URLconf fail when the resolver is built, naming the route, the app, the file and line")
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
        assertBuildFails(UrlConf.of(path("foo/<nonexistent:var>/", V)), // @unknownConverter
                "URL route 'foo/<nonexistent:var>/' uses invalid converter 'nonexistent'"
                        + " (in the root URLconf, " + site("unknownConverter") + ").");
    }

    @Test
    void anUnknownConverterInAnApp() {
        assertBuildFails(UrlConf.of(path("blog/", include(UrlConf.named("blog", path("<bad:x>/", V))))), // @inApp
                "URL route '<bad:x>/' uses invalid converter 'bad' (in app 'blog', " + site("inApp") + ").");
    }

    @Test
    void anAppGivenDirectlyAsTheRootIsNamedToo() {
        UrlConf blog = UrlConf.named("blog",
                path("", V),
                path("a/<foo:x>/", V)); // @namedRoot
        assertBuildFails(blog, "URL route 'a/<foo:x>/' uses invalid converter 'foo'"
                + " (in app 'blog', " + site("namedRoot") + ").");
    }

    @Test
    void thePatternsLineIsNamedNotTheLineTheUrlConfStartsOn() {
        UrlConf blog = UrlConf.named("blog",
                path("", V),
                path("<int:a>/", V),
                path("a/<int:x>/<slug:x>/", V)); // @thirdLine
        assertBuildFails(UrlConf.of(path("b/", include(blog))), "URL route 'a/<int:x>/<slug:x>/' uses parameter name"
                + " 'x' more than once (in app 'blog', " + site("thirdLine") + "). Give each parameter its own name.");
    }

    @Test
    void thePatternsSiteIsExposed() {
        UrlPattern pattern = path("about/", V); // @exposed
        assertThat(pattern.site()).isEqualTo(new DeclarationSite(BuildErrorsTest.class.getName(),
                "BuildErrorsTest.java", Integer.parseInt(site("exposed").split(":")[1])));
        assertThat(pattern.site()).hasToString(site("exposed"));
        Include include = include(UrlConf.of(pattern)); // @includeSite
        assertThat(include.site()).hasToString(site("includeSite"));
        assertThat(Resolver.build(UrlConf.of(path("x/", include))).routes().get(0).site()).isEqualTo(pattern.site());
    }

    @Test
    void aSiteWithoutSourceFileNamesTheClassAndOneWithoutLineOnlyTheFile() {
        assertThat(new DeclarationSite("blog.BlogApp$Urls", null, 7)).hasToString("BlogApp$Urls:7");
        assertThat(new DeclarationSite("blog.BlogApp", "BlogApp.java", -1)).hasToString("BlogApp.java");
    }

    @Test
    void aPatternMadeWithoutTheDslHasNoSiteAndSaysSo() {
        UrlPattern bare = new UrlPattern("<bad:x>/", false, V, null, null, null);
        assertThat(bare.site()).isNull();
        assertBuildFails(UrlConf.of(bare), "URL route '<bad:x>/' uses invalid converter 'bad' (in the root URLconf).");
    }

    @Test
    void anUnknownConverterInAnIncludeWithoutAppName() {
        assertBuildFails(UrlConf.of(path("blog/", include(UrlConf.of(path("<bad:x>/", V))))), // @unnamedInclude
                "URL route '<bad:x>/' uses invalid converter 'bad'"
                        + " (in the URLconf included at 'blog/', " + site("unnamedInclude") + ").");
    }

    @Test
    void aParameterNameThatIsNotAnIdentifier() {
        assertBuildFails(UrlConf.of(path("hello/<int:1>/", V)), // @digit
                "URL route 'hello/<int:1>/' uses parameter name '1' which isn't a valid Java identifier"
                        + " (in the root URLconf, " + site("digit") + ").");
        assertBuildFails(UrlConf.of(path("b/<int:book.id>/", V)), // @dot
                "URL route 'b/<int:book.id>/' uses parameter name 'book.id' which isn't a valid Java identifier"
                        + " (in the root URLconf, " + site("dot") + ").");
        assertBuildFails(UrlConf.of(path("b/<:x>/", V)), // @colon
                "URL route 'b/<:x>/' uses parameter name ':x' which isn't a valid Java identifier"
                        + " (in the root URLconf, " + site("colon") + ").");
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
            assertBuildFails(UrlConf.of(path(route, V)), // @whitespace
                    "URL route '" + route + "' cannot contain whitespace in angle brackets <…>"
                            + " (in the root URLconf, " + site("whitespace") + ").");
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
        assertBuildFails(UrlConf.of(path("a/<int:x>/<str:x>/", V)), // @twice
                "URL route 'a/<int:x>/<str:x>/' uses parameter name 'x' more than once"
                        + " (in the root URLconf, " + site("twice") + "). Give each parameter its own name.");
    }

    @Test
    void anInvalidRegex() {
        assertBuildFails(UrlConf.of(rePath("^(unclosed/$", V)), // @unclosed
                "\"^(unclosed/$\" is not a valid regular expression (in the root URLconf, " + site("unclosed")
                        + "): Unclosed group near index 12");
        assertBuildFails(UrlConf.named("shop", rePath("^(?<x>a)(?<x>b)$", V)), // @sameGroup
                "\"^(?<x>a)(?<x>b)$\" is not a valid regular expression (in app 'shop', " + site("sameGroup")
                        + "): Named capturing group <x> is already defined near index 12");
    }

    @Test
    void anInvalidRegexInAnApp() {
        assertBuildFails(UrlConf.of(path("shop/", include(UrlConf.named("shop", rePath("^[a-$", V))))), // @range
                "\"^[a-$\" is not a valid regular expression (in app 'shop', " + site("range")
                        + "): Illegal character range near index 4");
    }

    @Test
    void aConverterWithAnInvalidRegex() {
        Converters broken = Converters.defaults().with("broken", Converter.of("[", s -> s, s -> s));
        assertThatThrownBy(() -> Resolver.build(UrlConf.of(path("<broken:x>/", V)), broken)) // @broken
                .isInstanceOf(ImproperlyConfigured.class)
                .hasMessage("URL route '<broken:x>/' uses converter 'broken' (in the root URLconf, " + site("broken")
                        + "), whose regex \"[\" is not a valid regular expression: Unclosed character class near index 0");
    }

    @Test
    void aNullView() {
        assertBuildFails(UrlConf.named("pages", path("about/", (View) null, "about")), // @nullView
                "URL pattern 'about/' [name='about'] has no view (null) (in app 'pages', " + site("nullView")
                        + "). Give it a view, or include() a URLconf.");
        assertBuildFails(UrlConf.of(path("pages/", include(UrlConf.named("pages", path("about/", (View) null))))), // @nullViewInApp
                "URL pattern 'about/' has no view (null) (in app 'pages', " + site("nullViewInApp")
                        + "). Give it a view, or include() a URLconf.");
    }

    @Test
    void aNullPattern() {
        List<UrlPattern> patterns = new ArrayList<>();
        patterns.add(path("", V)); // @beforeNull
        patterns.add(null);
        assertThatThrownBy(() -> UrlConf.named("pages", patterns))
                .isInstanceOf(ImproperlyConfigured.class)
                .hasMessage("URL pattern #2 of app 'pages' is null (it follows '', " + site("beforeNull")
                        + "). Remove it or give a path(...) or rePath(...).");
        List<UrlPattern> nullFirst = new ArrayList<>();
        nullFirst.add(null);
        nullFirst.add(path("x/", V)); // @afterNull
        assertThatThrownBy(() -> UrlConf.of(nullFirst))
                .isInstanceOf(ImproperlyConfigured.class)
                .hasMessage("URL pattern #1 is null (it precedes 'x/', " + site("afterNull")
                        + "). Remove it or give a path(...) or rePath(...).");
    }

    @Test
    void aProviderGivingNoUrlConf() {
        assertBuildFails(UrlConf.of(path("x/", include(() -> null))), // @nullProvider
                "The include() at 'x/' (in the root URLconf, " + site("nullProvider")
                        + ") gave no URLconf: its provider's urls() returned null.");
        Include written = include(() -> null); // @includeApart
        assertBuildFails(UrlConf.of(path("y/", written)), // @pathApart
                "The include() at 'y/' (in the root URLconf, " + site("pathApart") + "; include() at "
                        + site("includeApart") + ") gave no URLconf: its provider's urls() returned null.");
    }

    @Test
    void aUrlConfIncludingItself() {
        UrlConf[] self = new UrlConf[1];
        self[0] = UrlConf.named("loop", path("again/", include(() -> self[0]))); // @loop
        assertBuildFails(UrlConf.of(path("x/", include(() -> self[0]))),
                "A URLconf includes itself: the include() at 'again/' (in app 'loop', " + site("loop")
                        + ") leads back to app 'loop'. Remove that include().");
    }
}
