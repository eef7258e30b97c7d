package dev.hotclub.test;

import static dev.hotclub.test.Expect.count;
import static dev.hotclub.test.Expect.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.hotclub.fixture.FixtureSite;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The test Client's Django assertions")
class ClientAssertionsTest {
    private final Client client = new Client(FixtureSite.builder(true).build());

    @AfterEach
    void close() {
        client.close();
    }

    private static String failure(Runnable assertion) {
        return assertThrows(AssertionError.class, assertion::run).getMessage();
    }

    @Test
    @DisplayName("assertContains counts the text and checks the status, with Django's messages")
    void assertContains() {
        TestResponse r = client.get("/greetings/search/?q=ab&page=ab");
        r.assertContains("ab").assertContains("ab", count(2)).assertContains("ab", count(2).withStatus(200));
        assertEquals("Found 2 instances of 'ab' in response (expected 1)", failure(() -> r.assertContains("ab", count(1))));
        assertEquals("Couldn't find 'zz' in response", failure(() -> r.assertContains("zz")));
        assertEquals("Couldn't retrieve content: Response code was 200 (expected 404)",
                failure(() -> r.assertContains("ab", status(404))));
        client.get("/greetings/profile/zed/").assertContains("User not found", status(404));
        assertEquals("Found 1 instances of 'User not found' in response (expected 0)", failure(() ->
                client.get("/greetings/profile/zed/").assertContains("User not found", count(0).withStatus(404))));
    }

    @Test
    @DisplayName("assertNotContains fails when the text is there")
    void assertNotContains() {
        TestResponse r = client.get("/greetings/search/?q=ab");
        r.assertNotContains("zz");
        assertEquals("Response should not contain 'ab'", failure(() -> r.assertNotContains("ab")));
        assertEquals("Couldn't retrieve content: Response code was 404 (expected 200)",
                failure(() -> client.get("/nowhere/").assertNotContains("x")));
    }

    @Test
    @DisplayName("assertRedirects checks the status, the URL and the page redirected to")
    void assertRedirects() {
        client.get("/greetings/go-home/").assertRedirects("/greetings/").assertRedirects("/greetings/", 302, 200);
        assertEquals("Response redirected to '/greetings/', expected '/elsewhere/'",
                failure(() -> client.get("/greetings/go-home/").assertRedirects("/elsewhere/", 302, 200, false)));
        assertEquals("Response didn't redirect as expected: Response code was 200 (expected 302)",
                failure(() -> client.get("/greetings/").assertRedirects("/greetings/")));
        assertEquals("Response didn't redirect as expected: Response code was 301 (expected 302)",
                failure(() -> client.get("/greetings/search").assertRedirects("/greetings/search/")));
        client.get("/greetings/search").assertRedirects("/greetings/search/", 301, 200);
        assertEquals("Couldn't retrieve redirection page '/greetings/': response code was 200 (expected 404)",
                failure(() -> client.get("/greetings/go-home/").assertRedirects("/greetings/", 302, 404)));
    }

    @Test
    @DisplayName("assertRedirects on a followed response checks the first hop and the final status")
    void assertRedirectsFollowed() {
        Client following = client.followRedirects(true);
        following.get("/greetings/go-home/").assertRedirects("/greetings/");
        assertEquals("Initial response didn't redirect as expected: Response code was 302 (expected 301)",
                failure(() -> following.get("/greetings/go-home/").assertRedirects("/greetings/", 301, 200)));
        assertEquals("Response didn't redirect as expected: Final Response code was 200 (expected 404)",
                failure(() -> following.get("/greetings/go-home/").assertRedirects("/greetings/", 302, 404)));
    }

    @Test
    @DisplayName("assertTemplateUsed names the template that was used")
    void assertTemplateUsed() {
        TestResponse r = client.get("/greetings/hello/bob/");
        r.assertTemplateUsed("greetings/hello.html").assertTemplateNotUsed("greetings/person.html");
        assertEquals("Template 'x.html' was not a template used to render the response. Actual template(s) used:"
                + " greetings/hello.html", failure(() -> r.assertTemplateUsed("x.html")));
        assertEquals("Template 'greetings/hello.html' was used unexpectedly in rendering the response",
                failure(() -> r.assertTemplateNotUsed("greetings/hello.html")));
        assertEquals("No templates used to render the response",
                failure(() -> client.get("/greetings/").assertTemplateUsed("x.html")));
    }

    @Test
    @DisplayName("exposes its cookies, kept across requests and editable")
    void cookies() {
        client.get("/greetings/cookie/");
        assertEquals(Map.of("visits", "1"), client.cookies());
        client.get("/greetings/cookie/").assertContains("visits=2");
        client.cookies().put("visits", "41");
        client.get("/greetings/cookie/").assertContains("visits=42");
        assertEquals("42", client.cookies().get("visits"));
        client.cookies().remove("visits");
        client.get("/greetings/cookie/").assertContains("visits=1");
    }

    @Test
    @DisplayName("reverses URL names of the project under test")
    void reverses() {
        assertEquals("/greetings/hello/bob/", client.reverse("greetings:hello", "bob"));
        assertEquals("/greetings/hello/bob/", client.reverse("greetings:hello", Map.of("name", "bob")));
        assertEquals("/items/7/", client.reverse("item", 7));
    }
}
