package dev.hotclub.http;

import static dev.hotclub.urls.Urls.path;
import static dev.hotclub.urls.Urls.rePath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.hotclub.urls.Converter;
import dev.hotclub.urls.Converters;
import dev.hotclub.urls.Resolver;
import dev.hotclub.urls.UrlConf;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Typed path values: any size of <int:>, a 404 past what the view reads, hints that name the fix")
class PathValuesTest {
    private static final View VIEW = r -> null;
    private static final Resolver RESOLVER = Resolver.build(UrlConf.of(
            path("news/<int:year>/", VIEW, "news"),
            path("tag/<str:tag>/", VIEW),
            path("plain/<tag>/", VIEW),
            path("key/<uuid:key>/", VIEW),
            path("day/<date:day>/", VIEW),
            path("label/<label:year>/", VIEW),
            rePath("^old/(?<year>[0-9]{4})/$", VIEW)),
            Converters.defaults()
                    .with("date", Converter.of("[0-9]{4}-[0-9]{2}-[0-9]{2}", LocalDate::parse, LocalDate::toString))
                    .with("label", Converter.of("[0-9]+", s -> s, s -> s)));

    private static HttpRequest routed(String path) {
        return HttpRequest.builder("GET", path).build().withResolverMatch(RESOLVER.resolve(path));
    }

    @Test
    void aNumberWithinAnIntIsReadByEveryAccessor() {
        HttpRequest r = routed("/news/2026/");
        assertEquals(2026, r.intArg("year"));
        assertEquals(2026L, r.longArg("year"));
        assertEquals(BigInteger.valueOf(2026), r.bigIntegerArg("year"));
        assertEquals(Long.valueOf(2026), r.arg("year", Long.class));
        assertEquals(BigInteger.valueOf(2026), r.arg("year", BigInteger.class));
        assertEquals(2026, r.arg("year", int.class));
        assertEquals(2026L, r.arg("year", long.class));
        assertEquals("2026", r.arg("year"));
    }

    @Test
    void aNumberTooLargeForAnIntIsA404ThatNamesTheAccessorsThatTakeIt() {
        HttpRequest r = routed("/news/99999999999/");
        Http404 e = assertThrows(Http404.class, () -> r.intArg("year"));
        assertEquals("The route 'news/<int:year>/' captured year = 99999999999, which request.intArg(\"year\") cannot"
                + " hold (an int is at most 2147483647), so nothing can have it: this is a 404. To take numbers this"
                + " large, read it with request.longArg(\"year\") or request.bigIntegerArg(\"year\").", e.getMessage());
        assertThrows(Http404.class, () -> r.arg("year", Integer.class));
        assertEquals(99999999999L, r.longArg("year"));
        assertEquals(99999999999L, r.arg("year", Long.class));
    }

    @Test
    void aNumberTooLargeForALongIsA404ThatNamesBigIntegerArg() {
        HttpRequest r = routed("/news/123456789012345678901234567890/");
        Http404 e = assertThrows(Http404.class, () -> r.longArg("year"));
        assertEquals("The route 'news/<int:year>/' captured year = 123456789012345678901234567890, which"
                + " request.longArg(\"year\") cannot hold (a long is at most 9223372036854775807), so nothing can have"
                + " it: this is a 404. To take numbers this large, read it with request.bigIntegerArg(\"year\").",
                e.getMessage());
        assertEquals(new BigInteger("123456789012345678901234567890"), r.bigIntegerArg("year"));
    }

    @Test
    void textFromATextConverterSaysWhichConverterToWrite() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> routed("/plain/x/").longArg("tag"));
        assertEquals("The value 'tag' captured by the route 'plain/<tag>/' is the String \"x\", not a long: use"
                + " <int:tag> in the route instead of <tag>, or read the text with request.arg(\"tag\")", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> routed("/tag/x/").uuidArg("tag"));
        assertEquals("The value 'tag' captured by the route 'tag/<str:tag>/' is the String \"x\", not a UUID: use"
                + " <uuid:tag> in the route instead of <str:tag>, or read the text with request.arg(\"tag\")",
                e.getMessage());
    }

    @Test
    void textFromACustomConverterSaysToChangeTheConverterOrTheRoute() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> routed("/label/12/").intArg("year"));
        assertEquals("The value 'year' captured by the route 'label/<label:year>/' is the String \"12\", not an int:"
                + " use <int:year> in the route, or have the converter 'label' return the type you want, or read the"
                + " text with request.arg(\"year\")", e.getMessage());
    }

    @Test
    void textFromARePathGroupSaysThatGroupsCaptureText() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> routed("/old/2026/").intArg("year"));
        assertEquals("The value 'year' captured by the route '^old/(?<year>[0-9]{4})/$' is the String \"2026\", not an"
                + " int: a rePath() group captures text: use path() with <int:year> in the route, or parse"
                + " request.arg(\"year\") in the view", e.getMessage());
    }

    @Test
    void aValueOfAnotherTypeNamesTheAccessorForItsType() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> routed("/day/2026-12-02/").intArg("day"));
        assertEquals("The value 'day' captured by the route 'day/<date:day>/' is the LocalDate \"2026-12-02\", not an"
                + " int: read it with request.arg(\"day\", LocalDate.class)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> routed("/key/6ba7b810-9dad-11d1-80b4-00c04fd430c8/").intArg("key"));
        assertEquals("The value 'key' captured by the route 'key/<uuid:key>/' is the UUID"
                + " \"6ba7b810-9dad-11d1-80b4-00c04fd430c8\", not an int: read it with request.uuidArg(\"key\")",
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> routed("/news/2026/").uuidArg("year"));
        assertEquals("The value 'year' captured by the route 'news/<int:year>/' is the Integer \"2026\", not a UUID:"
                + " read it with request.intArg(\"year\")", e.getMessage());
        assertEquals(LocalDate.of(2026, 12, 2), routed("/day/2026-12-02/").arg("day", LocalDate.class));
        assertEquals(UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8"),
                routed("/key/6ba7b810-9dad-11d1-80b4-00c04fd430c8/").uuidArg("key"));
    }
}
