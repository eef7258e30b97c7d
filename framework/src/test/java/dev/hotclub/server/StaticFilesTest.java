package dev.hotclub.server;

import dev.hotclub.testing.AsServed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotclub.fixture.FixtureSite;
import dev.hotclub.http.HttpRequest;
import dev.hotclub.test.Client;
import dev.hotclub.test.TestResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Static files")
class StaticFilesTest {

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    @DisplayName("an app's static/ folder on the class path is served under /static/")
    void appStaticFromClassPath() {
        try (Client client = AsServed.client(FixtureSite.builder(false).build())) {
            TestResponse r = client.get("/static/css/site.css");
            assertEquals(200, r.status());
            assertEquals("text/css; charset=utf-8", r.header("Content-Type"));
            assertEquals("h1 { color: teal; }\n", r.text());
            assertEquals("20", r.header("Content-Length"));
        }
    }

    @Test
    @DisplayName("the project's static folders come first, then the resource folders on disk, then the class path")
    void lookupOrder(@TempDir Path project, @TempDir Path resources) throws IOException {
        write(resources.resolve("dev/hotclub/fixture/static/css/site.css"), "edited");
        try (Client client = AsServed.client(FixtureSite.builder(true).resourceDirs(resources).build())) {
            assertEquals("edited", client.get("/static/css/site.css").text());
        }
        write(project.resolve("static/css/site.css"), "project");
        try (Client client = AsServed.client(FixtureSite.builder(true).baseDir(project).resourceDirs(resources).build())) {
            assertEquals("project", client.get("/static/css/site.css").text());
        }
    }

    @Test
    @DisplayName("a name that climbs out of the folder, or is missing, is a 404")
    void refusesClimbing(@TempDir Path project) throws IOException {
        write(project.resolve("secret.txt"), "secret");
        Files.createDirectories(project.resolve("static"));
        try (Client client = AsServed.client(FixtureSite.builder(false).baseDir(project).build())) {
            assertEquals(404, client.get("/static/%2E%2E/secret.txt").status());
            assertEquals(404, client.get("/static/css/none.css").status());
            assertEquals(404, client.get("/static/").status());
        }
    }

    @Test
    @DisplayName("a symbolic link in a static folder that leads out of it is a 404; one that stays inside is served")
    void refusesLinksLeadingOut(@TempDir Path project, @TempDir Path resources, @TempDir Path outside)
            throws IOException {
        write(outside.resolve("secret.txt"), "secret");
        write(project.resolve("static/css/real.css"), "inside");
        Files.createSymbolicLink(project.resolve("static/secret.txt"), outside.resolve("secret.txt"));
        Files.createSymbolicLink(project.resolve("static/elsewhere"), outside);
        Files.createSymbolicLink(project.resolve("static/alias.css"), project.resolve("static/css/real.css"));
        write(resources.resolve("dev/hotclub/fixture/static/keep.txt"), "kept");
        Files.createSymbolicLink(resources.resolve("dev/hotclub/fixture/static/app-secret.txt"),
                outside.resolve("secret.txt"));
        try (Client client = AsServed.client(FixtureSite.builder(true).baseDir(project).resourceDirs(resources).build())) {
            TestResponse linked = client.get("/static/secret.txt");
            assertEquals(404, linked.status());
            assertTrue(linked.text().contains("<p>A middleware raised Http404: &quot;secret.txt&quot; leads out of its"
                    + " static folder</p>"), linked.text());
            assertFalse(linked.text().contains(">secret<"), linked.text());
            assertEquals(404, client.get("/static/elsewhere/secret.txt").status());
            assertEquals(404, client.get("/static/app-secret.txt").status());
            assertEquals("inside", client.get("/static/alias.css").text());
            assertEquals("kept", client.get("/static/keep.txt").text());
        }
    }

    @Test
    @DisplayName("a symbolic link leading out of an app's static folder on the class path is a 404 too")
    void refusesLinksLeadingOutOnTheClassPath(@TempDir Path outside) throws Exception {
        write(outside.resolve("secret.txt"), "secret");
        Path staticDir = Path.of(FixtureSite.class.getResource("static/css/site.css").toURI()).getParent().getParent();
        Path link = staticDir.resolve("css/linked-secret.txt");
        Files.createSymbolicLink(link, outside.resolve("secret.txt"));
        try (Client client = AsServed.client(FixtureSite.builder(false).build())) {
            assertEquals(404, client.get("/static/css/linked-secret.txt").status());
            assertEquals(200, client.get("/static/css/site.css").status());
        } finally {
            Files.delete(link);
        }
    }

    @Test
    @DisplayName("a file goes with its Last-Modified time; If-Modified-Since no older than the file gets a 304 (Django's serve)")
    void conditionalGet(@TempDir Path project) throws IOException {
        Path css = project.resolve("static/site.css");
        write(css, "body { color: red; }\n");
        Instant modified = Instant.parse("2026-11-05T08:49:37.250Z");
        Files.setLastModifiedTime(css, FileTime.from(modified));
        try (Client client = AsServed.client(FixtureSite.builder(true).baseDir(project).build())) {
            TestResponse file = client.get("/static/site.css");
            assertEquals(200, file.status());
            assertEquals("Thu, 05 Nov 2026 08:49:37 GMT", file.header("Last-Modified"));
            assertEquals("no-cache", file.header("Cache-Control"), "the browser asks again each time it needs the file");

            TestResponse unchanged = ifModifiedSince(client, "Thu, 05 Nov 2026 08:49:37 GMT");
            assertEquals(304, unchanged.status());
            assertEquals("", unchanged.text());
            assertEquals(null, unchanged.header("Content-Type"));
            assertEquals("Thu, 05 Nov 2026 08:49:37 GMT", unchanged.header("Last-Modified"));
            assertEquals("no-cache", unchanged.header("Cache-Control"));
            assertEquals(304, ifModifiedSince(client, "Fri, 06 Nov 2026 00:00:00 GMT").status(), "a later date");
            assertEquals(304, ifModifiedSince(client, "Thu, 05 Nov 2026 08:49:37 GMT; length=21").status());
            assertEquals(304, ifModifiedSince(client, "Mon, 01 Jan 2100 00:00:00 GMT").status(),
                    "the day's name is not checked (1 Jan 2100 is a Friday), as in Django");
            assertEquals(304, ifModifiedSince(client, "Thursday, 05-Nov-26 08:49:37 GMT").status(), "RFC 850");
            assertEquals(304, ifModifiedSince(client, "Thu Nov  5 08:49:37 2026").status(), "asctime");

            assertEquals(200, ifModifiedSince(client, "Thu, 05 Nov 2026 08:49:36 GMT").status(), "an earlier date");
            assertEquals(200, ifModifiedSince(client, "Thu, 05 Nov 2026 08:49:37 GMT; length=20").status(),
                    "another length");
            assertEquals(200, ifModifiedSince(client, "yesterday").status(), "a date that does not parse");
            assertEquals("body { color: red; }\n", ifModifiedSince(client, "yesterday").text());

            Files.writeString(css, "body { color: blue; }\n");
            Files.setLastModifiedTime(css, FileTime.from(modified.plusSeconds(1)));
            TestResponse edited = ifModifiedSince(client, "Thu, 05 Nov 2026 08:49:37 GMT");
            assertEquals(200, edited.status());
            assertEquals("body { color: blue; }\n", edited.text());
            assertEquals("Thu, 05 Nov 2026 08:49:38 GMT", edited.header("Last-Modified"));
        }
    }

    @Test
    @DisplayName("a file in an app's folder on the class path has its time too")
    void conditionalGetOnTheClassPath() {
        try (Client client = AsServed.client(FixtureSite.builder(false).build())) {
            String lastModified = client.get("/static/css/site.css").header("Last-Modified");
            assertTrue(lastModified != null && lastModified.endsWith(" GMT"), lastModified);
            assertEquals(304, ifModifiedSince(client, "/static/css/site.css", lastModified).status());
            assertEquals(404, ifModifiedSince(client, "/static/css/none.css", lastModified).status());
        }
    }

    private static TestResponse ifModifiedSince(Client client, String date) {
        return ifModifiedSince(client, "/static/site.css", date);
    }

    private static TestResponse ifModifiedSince(Client client, String path, String date) {
        return client.send(HttpRequest.builder("GET", path).header("If-Modified-Since", date).build());
    }

    @Test
    @DisplayName("only GET and HEAD are allowed")
    void onlyGetAndHead() {
        try (Client client = AsServed.client(FixtureSite.builder(false).build())) {
            TestResponse r = client.post("/static/css/site.css", Map.of());
            assertEquals(405, r.status());
            assertEquals("GET, HEAD", r.header("Allow"));
            assertEquals(200, client.head("/static/css/site.css").status());
        }
    }

    @Test
    @DisplayName("staticUrl(null) serves none, and a bad prefix is refused")
    void canBeOff() {
        try (Client client = AsServed.client(FixtureSite.builder(false).staticUrl(null).build())) {
            assertEquals(404, client.get("/static/css/site.css").status());
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FixtureSite.builder(false).staticUrl("static"));
        assertEquals("staticUrl must start and end with '/' and not be '/' alone, e.g. \"/static/\"; got \"static\"",
                e.getMessage());
    }

    @Test
    @DisplayName("over HTTP too, an asctime If-Modified-Since with a space-padded day is read (Undertow keeps its spaces)")
    void asctimeOverHttp(@TempDir Path project) throws Exception {
        Path css = project.resolve("static/site.css");
        write(css, "body { color: red; }\n");
        Files.setLastModifiedTime(css, FileTime.from(Instant.parse("2026-11-05T08:49:37Z")));
        dev.hotclub.project.Project site = dev.hotclub.project.Project.named("asctime").allowedHosts("x").baseDir(project).build();
        try (HotclubServer server = HotclubServer.start(site, "127.0.0.1", 0)) {
            String response = RawHttp.exchange(server.port(), "GET /static/site.css HTTP/1.1\r\nHost: x\r\n"
                    + "If-Modified-Since: Thu Nov  5 08:49:37 2026\r\nConnection: close\r\n\r\n");
            assertEquals("HTTP/1.1 304 Not Modified", RawHttp.statusLine(response), response);
        }
    }
}
