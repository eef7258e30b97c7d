package dev.hotclub.devserver.livereload;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotclub.http.FileResponse;
import dev.hotclub.http.HttpResponse;
import dev.hotclub.http.HttpResponsePermanentRedirect;
import dev.hotclub.http.HttpResponseRedirect;
import dev.hotclub.http.JsonResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageInjectionTest {

    private static final String SCRIPT = "<script>live()</script>";

    @Test
    void theScriptGoesBeforeTheLastClosingBodyTagInAnyCase() {
        HttpResponse page = HttpResponse.ok("<html><body><pre>&lt;/body&gt; </body> inside</pre></BODY></html>");
        assertThat(PageInjection.insert(page, SCRIPT).text())
            .isEqualTo("<html><body><pre>&lt;/body&gt; </body> inside</pre>" + SCRIPT + "</BODY></html>");
    }

    @Test
    void aFragmentWithoutABodyTagGetsTheScriptAtItsEnd() {
        assertThat(PageInjection.insert(HttpResponse.ok("<h1>Hello</h1>"), SCRIPT).text()).isEqualTo("<h1>Hello</h1>" + SCRIPT);
    }

    @Test
    void theBodysOtherBytesAreKeptAsTheyAreInTheirOwnCharset() {
        byte[] latin1 = "<p>café</p></body>".getBytes(StandardCharsets.ISO_8859_1);
        HttpResponse page = new HttpResponse(latin1, 200, "text/html; charset=iso-8859-1");
        assertThat(PageInjection.insert(page, SCRIPT).content())
            .isEqualTo(("<p>café</p>" + SCRIPT + "</body>").getBytes(StandardCharsets.ISO_8859_1));
        HttpResponse utf16 = new HttpResponse("<p>ü</p></body>", 200, "text/html; charset=utf-16");
        assertThat(PageInjection.insert(utf16, SCRIPT).text()).isEqualTo("<p>ü</p>" + SCRIPT + "</body>");
    }

    @Test
    void statusHeadersAndCookiesAreKeptAndAnExplicitContentLengthFollowsTheNewBody() {
        HttpResponse page = HttpResponse.notFound("<body>gone</body>").header("X-Frame-Options", "DENY")
            .header("Content-Length", "17").setCookie("flavour", "oat");
        HttpResponse injected = PageInjection.insert(page, SCRIPT);
        assertThat(injected.status()).isEqualTo(404);
        assertThat(injected.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(injected.header("Content-Length")).isEqualTo(Integer.toString(17 + SCRIPT.length()));
        assertThat(injected.cookies()).singleElement().satisfies(c -> assertThat(c.value()).isEqualTo("oat"));
    }

    @Test
    void onlyHtmlBodiesHeldInMemoryAndNotEncodedArePages(@TempDir Path dir) throws Exception {
        assertThat(PageInjection.isPage(HttpResponse.ok("<p>hi</p>"))).isTrue();
        assertThat(PageInjection.isPage(new HttpResponse("<p>hi</p>", 200, "TEXT/HTML"))).isTrue();
        assertThat(PageInjection.isPage(HttpResponse.serverError("<h1>Server Error (500)</h1>"))).isTrue();

        assertThat(PageInjection.isPage(new JsonResponse(Map.of("a", 1)))).as("JSON").isFalse();
        assertThat(PageInjection.isPage(new HttpResponse("a { }", 200, "text/css"))).as("a stylesheet").isFalse();
        assertThat(PageInjection.isPage(HttpResponse.ok("<p>hi</p>").header("Content-Encoding", "gzip"))).as("encoded").isFalse();
        assertThat(PageInjection.isPage(HttpResponse.noContent())).as("204").isFalse();
        assertThat(PageInjection.isPage(new HttpResponse("", 304))).as("304").isFalse();
        assertThat(PageInjection.isPage(new HttpResponseRedirect("/greetings/"))).as("a redirect").isFalse();
        assertThat(PageInjection.isPage(new HttpResponsePermanentRedirect("/greetings/"))).as("a permanent one").isFalse();
        assertThat(PageInjection.isPage(HttpResponse.notFound("<h1>Not Found</h1>"))).as("a 404 page").isTrue();
        Path file = Files.writeString(dir.resolve("page.html"), "<body></body>");
        assertThat(PageInjection.isPage(FileResponse.of(file))).as("a file, even an HTML one").isFalse();
        HttpResponse streamed = new HttpResponse("", 200) {
            @Override
            public long contentLength() {
                return -1;
            }
        };
        assertThat(PageInjection.isPage(streamed)).as("streamed").isFalse();
    }
}
