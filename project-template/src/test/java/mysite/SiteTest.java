package mysite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotclub.test.Client;
import dev.hotclub.test.TestResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The project as a whole, through the test client (Django's TestCase client): add your apps' tests beside it. */
class SiteTest {
    private final Client client = new Client(new Site().project());

    @AfterEach
    void closeClient() {
        client.close();
    }

    @Test
    void anUnknownPathIsTheProjects404Page() {
        TestResponse response = client.get("/no-such-page/");
        assertEquals(404, response.status());
        assertEquals("404.html", response.templateName());
        assertTrue(response.text().contains("Nothing lives at <code>/no-such-page/</code>."), response.text());
    }

    @Test
    void everyPageCarriesTheSecurityHeadersOfTheDefaultMiddleware() {
        TestResponse response = client.get("/");
        assertEquals("DENY", response.header("X-Frame-Options"));
        assertEquals("nosniff", response.header("X-Content-Type-Options"));
        assertEquals("same-origin", response.header("Referrer-Policy"));
    }
}
