package dev.hotclub.db;

import static dev.hotclub.urls.Urls.include;
import static dev.hotclub.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hotclub.db.keys.City;
import dev.hotclub.db.keys.CountriesApp;
import dev.hotclub.db.keys.Country;
import dev.hotclub.db.keys.Stamp;
import dev.hotclub.db.keys.Ticket;
import dev.hotclub.db.keys.Traveller;
import dev.hotclub.db.models.Model;
import dev.hotclub.messages.MessageMiddleware;
import dev.hotclub.middleware.CsrfViewMiddleware;
import dev.hotclub.middleware.SessionMiddleware;
import dev.hotclub.project.Project;
import dev.hotclub.test.Client;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Generic views, model forms and getObjectOr404 on models keyed by a text code and a UUID, through the test Client. */
class PrimaryKeyViewsTest {
    @SuppressWarnings("unchecked")
    private static final Class<? extends Model>[] MODELS = new Class[] {
            Country.class, City.class, Traveller.class, Ticket.class, Stamp.class};

    private static Project project() {
        return Project.named("keys").allowedHosts("testserver").secretKey("keys-test-key-0123456789abcdef0123456789")
                .middleware(new SessionMiddleware(), new CsrfViewMiddleware(), new MessageMiddleware())
                .urls(path("countries/", include(new CountriesApp()))).build();
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void viewsAndFormsFindAndSaveRowsByTheirOwnKey(Vendor vendor) {
        try (TestDatabase.TestCase ignored = Backends.use(vendor, MODELS); Client client = new Client(project())) {
            // the model form has the text key (an editable field, as Django's), and its uniqueness check
            client.get("/countries/new/").assertContains("name=\"code\" maxlength=\"2\" required id=\"id_code\"");
            client.post("/countries/new/", Map.of("code", "fr", "name", "France")).assertRedirects("/countries/fr/", 302, 200, false);
            client.get("/countries/fr/").assertContains("<h1>France</h1><p>fr</p>");
            client.post("/countries/new/", Map.of("code", "fr", "name", "Francia"))
                    .assertFormError("form", "code", "Country with this Code already exists.");
            assertThat(client.get("/countries/xx/").status()).isEqualTo(404);

            client.post("/countries/fr/edit/", Map.of("name", "République française")).assertRedirects("/countries/fr/", 302, 200, false);
            assertThat(Country.objects.get("pk", "fr").name).isEqualTo("République française");
            assertThat(Country.objects.count()).isEqualTo(1);

            City.objects.create(c -> { c.country.setPk("fr"); c.name = "Lyon"; });
            City.objects.create(c -> { c.country.setPk("fr"); c.name = "Paris"; });
            assertThat(client.get("/countries/cities/fr/").text()).isEqualTo("Lyon,Paris");
            assertThat(City.objects.filter("country", "fr").count()).isEqualTo(2);
            assertThat(client.get("/countries/cities/de/").status()).isEqualTo(404);
            // a foreign key to a text key: the select's values are the codes
            client.get("/countries/cities/new/").assertContains("<option value=\"fr\">République française</option>");
            client.post("/countries/cities/new/", Map.of("country", "fr", "name", "Nice"))
                    .assertRedirects("/countries/cities/fr/", 302, 200, false);
            client.post("/countries/cities/new/", Map.of("country", "zz", "name", "Nowhere")).assertFormError("form", "country",
                    "Select a valid choice. That choice is not one of the available choices.");

            Traveller ann = Traveller.objects.create(t -> t.name = "Ann");
            Ticket ticket = Ticket.objects.create(t -> { t.traveller.set(ann); t.seat = "4D"; });
            assertThat(client.get("/countries/tickets/" + ticket.id + "/").text()).contains("<p>4D</p>");
            assertThat(client.get("/countries/tickets/" + UUID.randomUUID() + "/").status()).isEqualTo(404);
        }
    }
}
