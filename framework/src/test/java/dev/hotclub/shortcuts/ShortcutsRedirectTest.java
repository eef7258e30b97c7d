package dev.hotclub.shortcuts;

import dev.hotclub.http.HttpResponsePermanentRedirect;
import dev.hotclub.http.DisallowedRedirect;
import dev.hotclub.http.View;
import dev.hotclub.http.HttpResponse;
import static dev.hotclub.urls.Urls.include;
import static dev.hotclub.urls.Urls.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.hotclub.urls.CurrentResolver;
import dev.hotclub.urls.NoReverseMatch;
import dev.hotclub.urls.Resolver;
import dev.hotclub.urls.UrlConf;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("redirect() follows Django's rules")
class ShortcutsRedirectTest {
    private static final View VIEW = request -> HttpResponse.ok("");
    private static final Resolver RESOLVER = Resolver.build(UrlConf.of(
            path("greetings/", include(UrlConf.named("greetings",
                    path("", VIEW, "home"),
                    path("<str:name>/", VIEW, "greet")))),
            path("about.html", VIEW, "about")));

    private static <T> T inRequest(Callable<T> call) throws Exception {
        return CurrentResolver.run(RESOLVER, call);
    }

    @Test
    @DisplayName("a URL name is reversed, with positional or named values")
    void reversesNames() throws Exception {
        assertEquals("/greetings/", inRequest(() -> Shortcuts.redirect("greetings:home")).url());
        assertEquals("/greetings/bob/", inRequest(() -> Shortcuts.redirect("greetings:greet", "bob")).url());
        assertEquals("/greetings/bob/", inRequest(() -> Shortcuts.redirect("greetings:greet", Map.of("name", "bob"))).url());
        assertEquals(302, inRequest(() -> Shortcuts.redirect("greetings:home")).status());
    }

    @Test
    @DisplayName("reverse() is in Urls, beside path(), as django.urls.reverse, and gives what Shortcuts.reverse() gives")
    void reverseBesidePath() throws Exception {
        assertEquals("/greetings/bob/", inRequest(() -> dev.hotclub.urls.Urls.reverse("greetings:greet", "bob")));
        assertEquals("/greetings/bob/", inRequest(() -> dev.hotclub.urls.Urls.reverse("greetings:greet", Map.of("name", "bob"))));
        assertEquals(inRequest(() -> Shortcuts.reverse("greetings:home")), inRequest(() -> dev.hotclub.urls.Urls.reverse("greetings:home")));
    }

    @Test
    @DisplayName("redirectPermanent is a 301")
    void permanent() throws Exception {
        HttpResponsePermanentRedirect r = inRequest(() -> Shortcuts.redirectPermanent("greetings:greet", "bob"));
        assertEquals(301, r.status());
        assertEquals("/greetings/bob/", r.url());
    }

    @Test
    @DisplayName("./ and ../ are used as they are, even when a name would match")
    void relativeAsIs() throws Exception {
        assertEquals("./greetings:home", inRequest(() -> Shortcuts.redirect("./greetings:home")).url());
        assertEquals("../up", inRequest(() -> Shortcuts.redirect("../up")).url());
    }

    @Test
    @DisplayName("what is not a name but contains / or . is a URL")
    void urlsFallBack() throws Exception {
        assertEquals("/elsewhere/", inRequest(() -> Shortcuts.redirect("/elsewhere/")).url());
        assertEquals("https://example.com", inRequest(() -> Shortcuts.redirect("https://example.com")).url());
        assertEquals("example.com", inRequest(() -> Shortcuts.redirect("example.com")).url());
    }

    @Test
    @DisplayName("a name is tried before a URL, so a name containing a dot still reverses")
    void nameBeforeUrl() throws Exception {
        assertEquals("/about.html", inRequest(() -> Shortcuts.redirect("about")).url());
    }

    @Test
    @DisplayName("neither a name nor a URL is the NoReverseMatch")
    void noReverseMatch() {
        NoReverseMatch e = assertThrows(NoReverseMatch.class, () -> inRequest(() -> Shortcuts.redirect("nowhere")));
        assertEquals("Reverse for 'nowhere' not found. 'nowhere' is not a valid view function or pattern name.",
                e.getMessage());
    }

    @Test
    @DisplayName("an unsafe URL is refused even when it comes through redirect()")
    void unsafeRefused() {
        assertThrows(DisallowedRedirect.class, () -> inRequest(() -> Shortcuts.redirect("javascript:alert(1)//x")));
    }

    @Test
    @DisplayName("outside a request, redirect() says what to do instead")
    void outsideARequest() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Shortcuts.redirect("greetings:home"));
        assertEquals("redirect(\"greetings:home\") was called outside a request: it needs the project serving the"
                + " request. Call it from a view or middleware; in a test, use client.reverse(...) of the test"
                + " Client; elsewhere, project.resolver().reverse(...).", e.getMessage());
    }
}
