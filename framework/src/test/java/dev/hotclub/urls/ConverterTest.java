package dev.hotclub.urls;

import dev.hotclub.http.View;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigInteger;
import java.util.Map;
import java.util.UUID;

import static dev.hotclub.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Path converters, Django's edges")
class ConverterTest {

    static final View INT = r -> null;
    static final View STR = r -> null;
    static final View PATH = r -> null;
    static final View SLUG = r -> null;
    static final View UUID_VIEW = r -> null;
    static final View FALLBACK = r -> null;

    static final Resolver RESOLVER = Resolver.build(UrlConf.of(
            path("int/<int:int>/", INT, "int"),
            path("str/<str:str>/", STR, "str"),
            path("path/<path:path>/", PATH, "path"),
            path("slug/<slug:slug>/", SLUG, "slug"),
            path("uuid/<uuid:uuid>/", UUID_VIEW, "uuid"),
            path("default/<name>/", STR, "default")));

    @ParameterizedTest(name = "/int/{0}/ gives {1}")
    @org.junit.jupiter.params.provider.CsvSource({"0,0", "1,1", "01,1", "0042,42", "1234567890,1234567890",
            "2147483647,2147483647"})
    void anIntBecomesAnInteger(String text, int value) {
        assertThat(RESOLVER.resolve("/int/" + text + "/").kwargs()).isEqualTo(Map.of("int", value));
    }

    @Test
    void anIntTooLargeForAnIntegerBecomesALong() {
        assertThat(RESOLVER.resolve("/int/2147483648/").kwargs().get("int")).isEqualTo(2147483648L);
        assertThat(RESOLVER.resolve("/int/9223372036854775807/").kwargs().get("int")).isEqualTo(Long.MAX_VALUE);
        assertThat(RESOLVER.resolve("/int/000000000000000000000042/").kwargs().get("int")).isEqualTo(42);
    }

    @Test
    void anIntTooLargeForALongBecomesABigIntegerAsDjangoTakesAnyPythonInt() {
        assertThat(RESOLVER.resolve("/int/9223372036854775808/").kwargs().get("int"))
                .isEqualTo(new BigInteger("9223372036854775808"));
        assertThat(RESOLVER.resolve("/int/99999999999999999999999999/").kwargs().get("int"))
                .isEqualTo(new BigInteger("99999999999999999999999999"));
        assertThat(RESOLVER.resolve("/int/0000000000000000000000000000042/").kwargs().get("int")).isEqualTo(42);
        assertThat(RESOLVER.resolve("/int/00000000000000000000009223372036854775807/").kwargs().get("int"))
                .isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void anIntOfMoreThanPythonsDigitLimitDoesNotMatchAsInDjango() {
        assertThat(RESOLVER.resolve("/int/" + "9".repeat(4300) + "/").kwargs().get("int"))
                .isEqualTo(new BigInteger("9".repeat(4300)));
        assertThat(RESOLVER.resolves("/int/" + "9".repeat(4301) + "/")).isFalse();
        assertThat(RESOLVER.resolves("/int/" + "0".repeat(4300) + "1/")).isFalse();
    }

    @ParameterizedTest(name = "/int/{0}/ does not match")
    @ValueSource(strings = {"-1", "letters", "", "+1", "1.5", "١٢"})
    void anIntRejects(String text) {
        assertThat(RESOLVER.resolves("/int/" + text + "/")).isFalse();
    }

    @Test
    void strTakesAnythingButASlash() {
        assertThat(RESOLVER.resolve("/str/abcxyz/").kwargs()).isEqualTo(Map.of("str", "abcxyz"));
        assertThat(RESOLVER.resolve("/str/a b.c~é/").kwargs()).isEqualTo(Map.of("str", "a b.c~é"));
        assertThat(RESOLVER.resolves("/str//")).isFalse();
        assertThat(RESOLVER.resolves("/str///")).isFalse();
        assertThat(RESOLVER.resolves("/str/a/b/")).isFalse();
    }

    @Test
    void aParameterWithoutAConverterIsAStr() {
        assertThat(RESOLVER.resolve("/default/x-y/").kwargs()).isEqualTo(Map.of("name", "x-y"));
    }

    @Test
    void pathTakesSlashesButNotNothing() {
        assertThat(RESOLVER.resolve("/path/allows.ANY*characters/").kwargs())
                .isEqualTo(Map.of("path", "allows.ANY*characters"));
        assertThat(RESOLVER.resolve("/path/a/b/c/").kwargs()).isEqualTo(Map.of("path", "a/b/c"));
        assertThat(RESOLVER.resolves("/path//")).isFalse();
    }

    @Test
    void slugTakesLettersDigitsHyphensAndUnderscores() {
        assertThat(RESOLVER.resolve("/slug/abcxyz-ABCXYZ_01234567890/").kwargs())
                .isEqualTo(Map.of("slug", "abcxyz-ABCXYZ_01234567890"));
        assertThat(RESOLVER.resolves("/slug//")).isFalse();
        assertThat(RESOLVER.resolves("/slug/stars*notallowed/")).isFalse();
        assertThat(RESOLVER.resolves("/slug/café/")).isFalse();
    }

    @Test
    void uuidBecomesAUuid() {
        assertThat(RESOLVER.resolve("/uuid/39da9369-838e-4750-91a5-f7805cd82839/").kwargs())
                .isEqualTo(Map.of("uuid", UUID.fromString("39da9369-838e-4750-91a5-f7805cd82839")));
    }

    @ParameterizedTest(name = "/uuid/{0}/ does not match")
    @ValueSource(strings = {"", "9da9369-838e-4750-91a5-f7805cd82839", "39da9369-838-4750-91a5-f7805cd82839",
            "39da9369-838e-475-91a5-f7805cd82839", "39da9369-838e-4750-91a-f7805cd82839",
            "39da9369-838e-4750-91a5-f7805cd8283", "39DA9369-838E-4750-91A5-F7805CD82839"})
    void uuidRejects(String text) {
        assertThat(RESOLVER.resolves("/uuid/" + text + "/")).isFalse();
    }

    @Test
    void reverseTakesStringsAndNativeValues() {
        assertThat(RESOLVER.reverse("int", Map.of("int", "01"))).isEqualTo("/int/01/");
        assertThat(RESOLVER.reverse("int", Map.of("int", 1))).isEqualTo("/int/1/");
        assertThat(RESOLVER.reverse("int", 2147483648L)).isEqualTo("/int/2147483648/");
        assertThat(RESOLVER.reverse("uuid", UUID.fromString("39da9369-838e-4750-91a5-f7805cd82839")))
                .isEqualTo("/uuid/39da9369-838e-4750-91a5-f7805cd82839/");
        assertThat(RESOLVER.reverse("path", "a/b")).isEqualTo("/path/a/b/");
        assertThat(RESOLVER.reverse("slug", "a-b")).isEqualTo("/slug/a-b/");
    }

    @Test
    void reverseRefusesAValueItsConverterWouldNotMatch() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RESOLVER.reverse("int", -1))
                .isInstanceOf(NoReverseMatch.class)
                .hasMessage("Reverse for 'int' with arguments '(-1,)' not found. 1 pattern(s) tried: ['int/<int:int>/']");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RESOLVER.reverse("str", "a/b"))
                .isInstanceOf(NoReverseMatch.class);
    }

    @Test
    void convertersCanShareASegment() {
        View mixed = r -> null;
        Resolver resolver = Resolver.build(UrlConf.of(path("mixed/<int:n>-<slug:s>/", mixed, "mixed")));
        ResolverMatch m = resolver.resolve("/mixed/12-ab-c/");
        assertThat(m.kwargs()).containsExactly(Map.entry("n", 12), Map.entry("s", "ab-c"));
        assertThat(resolver.reverse("mixed", 7, "x")).isEqualTo("/mixed/7-x/");
    }

    static final Converter<Integer> TINY_INT = Converter.of("[0-9]+", text -> {
        int value = Integer.parseInt(text);
        if (value > 5) {
            throw new IllegalArgumentException("too big");
        }
        return value;
    }, value -> {
        if (value > 5) {
            throw new IllegalArgumentException("too big");
        }
        return value.toString();
    });

    @Test
    void aCustomConverterIsUsedByName() {
        View tiny = r -> null;
        Resolver resolver = Resolver.build(UrlConf.of(path("tiny/<tiny:n>/", tiny, "tiny")),
                Converters.defaults().with("tiny", TINY_INT));
        assertThat(resolver.resolve("/tiny/3/").kwargs()).isEqualTo(Map.of("n", 3));
        assertThat(resolver.reverse("tiny", 4)).isEqualTo("/tiny/4/");
    }

    @Test
    void aCustomConversionThatThrowsMeansKeepLooking() {
        View tiny = r -> null;
        Resolver resolver = Resolver.build(UrlConf.of(
                path("n/<tiny:n>/", tiny, "n"),
                path("n/<int:n>/", INT, "n")), Converters.defaults().with("tiny", TINY_INT));
        assertThat(resolver.resolve("/n/3/").view()).isSameAs(tiny);
        assertThat(resolver.resolve("/n/6/").view()).isSameAs(INT);
    }

    @Test
    void aToUrlThatThrowsMeansTryTheNextPatternOfThatName() {
        View tiny = r -> null;
        Resolver resolver = Resolver.build(UrlConf.of(
                path("int/<int:n>/", INT, "converter_to_url"),
                path("tiny_int/<tiny:n>/", tiny, "converter_to_url")), Converters.defaults().with("tiny", TINY_INT));
        assertThat(resolver.reverse("converter_to_url", 6)).isEqualTo("/int/6/");
        assertThat(resolver.reverse("converter_to_url", 1)).isEqualTo("/tiny_int/1/");
    }

    @Test
    void aValueOfTheWrongTypeForACustomConverterIsNoMatch() {
        View tiny = r -> null;
        Resolver resolver = Resolver.build(UrlConf.of(path("tiny/<tiny:n>/", tiny, "tiny")),
                Converters.defaults().with("tiny", TINY_INT));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> resolver.reverse("tiny", "3"))
                .isInstanceOf(NoReverseMatch.class);
    }

    @Test
    void aRegisteredConverterMayReplaceABuiltIn() {
        Converter<String> upper = Converter.of("[A-Z]+", s -> s, s -> s);
        Resolver resolver = Resolver.build(UrlConf.of(path("<str:code>/", STR, "code")),
                Converters.defaults().with("str", upper));
        assertThat(resolver.resolves("/ABC/")).isTrue();
        assertThat(resolver.resolves("/abc/")).isFalse();
        assertThat(Converters.defaults().get("str").orElseThrow().regex()).isEqualTo("[^/]+");
    }

    @Test
    void aConverterRegexWithItsOwnGroupsDoesNotShiftTheOthers() {
        Converter<String> grouped = Converter.of("(a|b)(c)?", s -> s, s -> s);
        View v = r -> null;
        Resolver resolver = Resolver.build(UrlConf.of(path("<g:first>/<int:second>/", v)),
                Converters.defaults().with("g", grouped));
        assertThat(resolver.resolve("/ac/5/").kwargs()).containsExactly(Map.entry("first", "ac"), Map.entry("second", 5));
    }
}
