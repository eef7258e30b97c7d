package dev.hotclub.views.crud;

import static dev.hotclub.urls.Urls.include;
import static dev.hotclub.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hotclub.db.Backends;
import dev.hotclub.db.TestDatabase;
import dev.hotclub.db.Vendor;
import dev.hotclub.conf.ImproperlyConfigured;
import dev.hotclub.db.library.Author;
import dev.hotclub.db.models.FieldError;
import dev.hotclub.messages.MessageMiddleware;
import dev.hotclub.middleware.CsrfViewMiddleware;
import dev.hotclub.middleware.SessionMiddleware;
import dev.hotclub.project.Project;
import dev.hotclub.test.Client;
import dev.hotclub.views.CreateView;
import dev.hotclub.views.DetailView;
import dev.hotclub.views.UpdateView;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The CRUD app of {@link AuthorsApp} (one model, under 60 lines of Java) through the test Client, on both databases. */
class CrudAppTest {
    private static Project project() {
        return Project.named("crud").allowedHosts("testserver").secretKey("crud-test-key-0123456789abcdef0123456789")
                .middleware(new SessionMiddleware(), new CsrfViewMiddleware(), new MessageMiddleware())
                .urls(path("authors/", include(new AuthorsApp()))).build();
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void listDetailCreateUpdateDelete(Vendor vendor) {
        try (TestDatabase.TestCase ignored = Backends.use(vendor); Client client = new Client(project())) {
            // Create: the empty form, an invalid post shown again with the values kept, then a valid one.
            client.get("/authors/new/").assertTemplateUsed("authors/form.html")
                    .assertContains("<input type=\"text\" name=\"name\" maxlength=\"50\" required id=\"id_name\">");
            client.post("/authors/new/", Map.of("name", "", "email", "not-an-email"))
                    .assertFormError("form", "name", "This field is required.")
                    .assertFormError("form", "email", "Enter a valid email address.")
                    .assertContains("value=\"not-an-email\"");
            var created = client.post("/authors/new/", Map.of("name", "Ursula", "born", "1929-10-21",
                    "email", "ursula@example.org"));
            Author ursula = Author.objects.get("name", "Ursula");
            assertThat(ursula.born).isEqualTo(LocalDate.of(1929, 10, 21));
            created.assertRedirects("/authors/" + ursula.id + "/", 302, 200, false);   // the message is for the next page
            client.get("/authors/" + ursula.id + "/").assertContains("Ursula was added.")
                    .assertContains("<h1>Ursula</h1><p>ursula@example.org</p>");

            // List, paginated by 2, ordered by the model's Meta.ordering (name).
            Author.objects.create(a -> a.name = "Arthur");
            Author.objects.create(a -> a.name = "Octavia");
            String page1 = client.get("/authors/").text();
            assertThat(page1).contains(">Arthur</a>", ">Octavia</a>", "Page 1 of 2.").doesNotContain("Ursula");
            assertThat(client.get("/authors/?page=2").text()).contains(">Ursula</a>");
            assertThat(client.get("/authors/?page=3").status()).isEqualTo(404);

            // Update: the form shows the row; a valid post saves it.
            client.get("/authors/" + ursula.id + "/edit/").assertContains("value=\"ursula@example.org\"")
                    .assertContains("value=\"1929-10-21\"");
            client.post("/authors/" + ursula.id + "/edit/", Map.of("name", "Ursula K. Le Guin", "born", "1929-10-21",
                    "email", "")).assertRedirects("/authors/" + ursula.id + "/");
            ursula.refreshFromDb();
            assertThat(ursula.name).isEqualTo("Ursula K. Le Guin");
            assertThat(ursula.email).isEmpty();

            // Delete: GET confirms and deletes nothing; POST deletes and redirects.
            client.get("/authors/" + ursula.id + "/delete/")
                    .assertContains("Are you sure you want to delete \"Ursula K. Le Guin\"?");
            assertThat(Author.objects.filter("id", ursula.id).exists()).isTrue();
            client.post("/authors/" + ursula.id + "/delete/", Map.of()).assertRedirects("/authors/");
            assertThat(Author.objects.filter("id", ursula.id).exists()).isFalse();

            // A missing row is Django's 404, on each view that needs one.
            for (String path : new String[] {"/authors/999999/", "/authors/999999/edit/", "/authors/999999/delete/"}) {
                assertThat(client.get(path).status()).isEqualTo(404);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void mistakesAreNamedWhereTheViewIsDeclaredOrUsed(Vendor vendor) {
        assertThatThrownBy(() -> CreateView.of(Author.class).fields("nme")).isInstanceOf(FieldError.class)
                .hasMessage("Unknown field(s) (nme) specified for Author. Its fields are: name, born, email.");
        Project project = Project.named("crud").debug(true).allowedHosts("testserver")
                .urls(path("authors/", include(new AuthorsApp())),
                        path("nofields/", CreateView.of(Author.class).template("authors/form.html")),
                        path("nowhere/<int:pk>/", UpdateView.of(Author.objects).fields("name").template("authors/form.html")),
                        path("byname/<str:name>/", DetailView.of(Author.objects).template("authors/detail.html")))
                .build();
        try (TestDatabase.TestCase ignored = Backends.use(vendor); Client client = new Client(project)) {
            Author ann = Author.objects.create(a -> a.name = "Ann");
            // Django's test client runs with DEBUG off; the served project shows the debug 404 page with the message.
            var missing = dev.hotclub.testing.AsServed.client(project).get("/authors/999999/");
            assertThat(missing.status()).isEqualTo(404);
            assertThat(missing.text()).contains("No author found matching the query");
            assertThatThrownBy(() -> client.get("/nofields/")).isInstanceOf(ImproperlyConfigured.class)
                    .hasMessage("Using ModelFormMixin (base class of CreateView) without the 'fields' attribute is"
                            + " prohibited: add .fields(\"a\", \"b\") to the CreateView of Author, or give it a form class.");
            assertThatThrownBy(() -> client.post("/nowhere/" + ann.id + "/", Map.of("name", "Anne")))
                    .isInstanceOf(ImproperlyConfigured.class).hasMessage("No URL to redirect to. Provide a success_url:"
                            + " add .successUrl(\"app:name\") (or .successUrl(object -> ...)) to the UpdateView of Author.");
            assertThatThrownBy(() -> client.get("/byname/Ann/")).isInstanceOf(ImproperlyConfigured.class)
                    .hasMessageStartingWith("Generic detail view DetailView(Author) must be called with either an object"
                            + " pk or a slug in the URLconf");
            assertThat(client.request("DELETE", "/authors/" + ann.id + "/delete/", null, new byte[0]).status()).isEqualTo(302);
            assertThat(Author.objects.filter("id", ann.id).exists()).isFalse();
            assertThat(client.request("PUT", "/authors/1/delete/", null, new byte[0]).header("Allow"))
                    .isEqualTo("GET, POST, DELETE, HEAD, OPTIONS");
        }
    }
}
