package greetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotclub.test.Client;
import dev.hotclub.test.HotclubTest;
import dev.hotclub.test.TestResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mysite.Site;
import org.junit.jupiter.api.Test;

/**
 * Every URL of the greetings app, through the test client: status, Location and body. {@code @HotclubTest} gives
 * each test a new client (DEBUG off, as Django's test runner) and closes it afterwards.
 */
@HotclubTest(Site.class)
class GreetingsTest {

    @Test
    void theHomePageWelcomes(Client client) {
        TestResponse response = client.get("/greetings/");
        assertEquals(200, response.status());
        assertEquals("<h1>Welcome to the App!</h1><p>This is the homepage.</p>", response.text());
    }

    @Test
    void aNameIsGreetedCapitalizedFromATemplate(Client client) {
        TestResponse response = client.get("/greetings/aLICE/");
        assertEquals(200, response.status());
        assertEquals("<h1>Hello, Alice!</h1><p>Nice to meet you.</p>", response.text());
        assertEquals("greetings/hello.html", response.templateName());
        assertEquals("Alice", response.context().get("name"));
    }

    @Test
    void aNameIsEscaped(Client client) {
        TestResponse response = client.get("/greetings/<b>bold<%2Fb>/");
        assertEquals(404, response.status(), "a slash, even encoded, is not part of a str value");
        TestResponse escaped = client.get("/greetings/<b>/");
        assertEquals("<h1>Hello, &lt;b&gt;!</h1><p>Nice to meet you.</p>", escaped.text());
    }

    @Test
    void searchShowsTheQueryAndThePage(Client client) {
        TestResponse response = client.get("/greetings/search/", Map.of("q", "django", "page", "2"));
        assertEquals(200, response.status());
        assertEquals("<h1>Search Results</h1><p>You searched for: django</p><p>Showing page: 2</p>",
                response.text());
    }

    @Test
    void searchWithoutAQueryAsksForOneAndDefaultsToPageOne(Client client) {
        TestResponse response = client.get("/greetings/search/");
        assertEquals("<h1>Search Results</h1><p>Please provide a search term using ?q=...</p>"
                + "<p>Showing page: 1</p>", response.text());
    }

    @Test
    void searchEscapesWhatWasTyped(Client client) {
        TestResponse response = client.get("/greetings/search/?q=%3Cscript%3Ealert(1)%3C/script%3E&page=%22");
        assertEquals("<h1>Search Results</h1><p>You searched for: &lt;script&gt;alert(1)&lt;/script&gt;</p>"
                + "<p>Showing page: &quot;</p>", response.text());
    }

    @Test
    void goHomeRedirectsToTheUrlNamedHome(Client client) {
        TestResponse response = client.get("/greetings/go-home/");
        assertEquals(302, response.status());
        assertEquals("/greetings/", response.location());
        TestResponse followed = client.followRedirects(true).get("/greetings/go-home/");
        assertEquals(List.of("/greetings/"), followed.redirectChain());
        assertEquals("<h1>Welcome to the App!</h1><p>This is the homepage.</p>", followed.text());
    }

    @Test
    void theSiteRootRedirectsToTheGreetings(Client client) {
        TestResponse response = client.get("/");
        assertEquals(302, response.status());
        assertEquals("/greetings/", response.location());
    }

    @Test
    void aKnownProfileIsShown(Client client) {
        TestResponse response = client.get("/greetings/profile/bob/");
        assertEquals(200, response.status());
        assertEquals("<h1>Profile of Bob</h1>", response.text());
    }

    @Test
    void anUnknownProfileIsTheProjects404Page(Client client) {
        TestResponse response = client.get("/greetings/profile/mallory/");
        assertEquals(404, response.status());
        assertTrue(response.text().contains("<h1>Page not found</h1>"), response.text());
        assertTrue(response.text().contains("<code>/greetings/profile/mallory/</code>"), response.text());
        assertTrue(response.text().contains("<p>User not found</p>"), response.text());
    }

    @Test
    void anUnknownUrlIsTheProjects404PageWithThePathQuotedAsDjangoDoes(Client client) {
        TestResponse response = client.get("/nope/<i>");
        assertEquals(404, response.status());
        assertTrue(response.text().contains("<code>/nope/%3Ci%3E</code>"), response.text());
        assertFalse(response.text().contains("Resolver404"), response.text());
    }

    @Test
    void aMissingSlashIsAddedByAPermanentRedirect(Client client) {
        TestResponse response = client.get("/greetings/Alice");
        assertEquals(301, response.status());
        assertEquals("/greetings/Alice/", response.location());
        assertEquals("/greetings/search/?q=x", client.get("/greetings/search?q=x").location());
    }

    @Test
    void specificRoutesAreNotShadowedByTheNameRoute() {
        assertEquals(List.of(), new Site().project().resolver().warnings());
    }

    @Test
    void capitalizeBehavesLikePythons() {
        assertEquals("Alice", Views.capitalize("aLiCe"));
        assertEquals("", Views.capitalize(""));
        assertEquals("Élodie", Views.capitalize("élodie"));
        assertEquals("1abc", Views.capitalize("1ABC"));
    }

    @Test
    void everyPageCarriesDjangosSecurityHeaders(Client client) {
        TestResponse response = client.get("/greetings/");
        assertEquals("DENY", response.header("X-Frame-Options"));
        assertEquals("nosniff", response.header("X-Content-Type-Options"));
        assertEquals("same-origin", response.header("Referrer-Policy"));
        assertEquals("DENY", client.get("/no/such/page/").header("X-Frame-Options"));
    }

    @Test
    void theSayHelloFormPostsWithItsCsrfTokenAndRedirectsToTheGreeting(Client client) {
        Client browser = client.enforceCsrfChecks(true);
        TestResponse form = browser.get("/greetings/say-hello/");
        Matcher token = Pattern.compile("name=\"csrfmiddlewaretoken\" value=\"([A-Za-z0-9]{64})\"").matcher(form.text());
        assertTrue(token.find(), form.text());
        TestResponse posted = browser.post("/greetings/say-hello/", Map.of("csrfmiddlewaretoken", token.group(1), "name", "Zoë"));
        assertEquals(302, posted.status());
        assertEquals("/greetings/Zo%C3%AB/", posted.location());
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefused(Client client) {
        TestResponse refused = client.enforceCsrfChecks(true).post("/greetings/say-hello/", Map.of("name", "Zoë"));
        assertEquals(403, refused.status());
        assertTrue(refused.text().contains("CSRF verification failed. Request aborted."), refused.text());
    }

    @Test
    void theSayHelloFormAsksAgainForAnEmptyName(Client client) {
        TestResponse response = client.post("/greetings/say-hello/", Map.of("name", " "));
        assertEquals(200, response.status());
        assertTrue(response.text().contains("<p class=\"error\">Please enter a name.</p>"), response.text());
    }

    @Test
    void theSayHelloFormRefusesANameWithASlashAndShowsItAgain(Client client) {
        TestResponse response = client.post("/greetings/say-hello/", Map.of("name", "a/b"));
        assertEquals(200, response.status());
        assertTrue(response.text().contains("<p class=\"error\">Please enter a name without &quot;/&quot;.</p>"), response.text());
        assertTrue(response.text().contains("value=\"a/b\""), response.text());
    }

    @Test
    void theSayHelloFormRefusesANameTooLongForAnAddress(Client client) {
        TestResponse response = client.post("/greetings/say-hello/", Map.of("name", "x".repeat(101)));
        assertEquals(200, response.status());
        assertTrue(response.text().contains("Ensure this value has at most 100 characters (it has 101)."), response.text());
        assertEquals("/greetings/" + "x".repeat(100) + "/",
                client.post("/greetings/say-hello/", Map.of("name", "x".repeat(100))).location());
    }
}
