package dev.hotclub.db;

import static dev.hotclub.db.TestDatabase.assertNumQueries;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hotclub.db.keys.City;
import dev.hotclub.db.keys.Country;
import dev.hotclub.db.keys.Stamp;
import dev.hotclub.db.keys.Ticket;
import dev.hotclub.db.keys.Traveller;
import dev.hotclub.db.models.FieldError;
import dev.hotclub.db.models.Model;
import dev.hotclub.db.polls.Choice;
import dev.hotclub.db.polls.Question;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** only() and defer() on both backends, with Django 3.2's rules for what is loaded, saved and refused. */
class DeferredFieldsTest {
    @SuppressWarnings("unchecked")
    private static final Class<? extends Model>[] KEYS = new Class[] {
            Country.class, City.class, Traveller.class, Ticket.class, Stamp.class};

    private static Choice choice(int votes) {
        Question q = Question.objects.create(x -> { x.questionText = "What's new?"; x.pubDate = Instant.parse("2024-01-02T03:04:05Z"); });
        return Choice.objects.create(c -> { c.question.set(q); c.choiceText = "Not much"; c.votes = votes; });
    }

    private static List<String> statements(Runnable body) {
        try (QueryLog.Capture capture = QueryLog.capture()) {
            body.run();
            return capture.queries().stream().map(QueryLog.Executed::sql).toList();
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void onlyLoadsTheNamedFieldsAndTheOthersStayAtTheirInitialValue(Vendor vendor) {
        try (TestDatabase.TestCase ignored = Backends.use(vendor)) {
            Choice saved = choice(5);
            Choice c = Choice.objects.only("choiceText").get("pk", saved.id);
            assertThat(c.id).isEqualTo(saved.id);
            assertThat(c.choiceText).isEqualTo("Not much");
            assertThat(c.votes).as("a primitive keeps its initializer's value").isZero();
            assertThat(c.question.pk()).isNull();
            assertThat(c.deferredFields()).containsExactly("question", "votes");
            assertThat(Choice.objects.only("choiceText").sql()).doesNotContain("votes").doesNotContain("question_id");

            // Django's save() of a deferred instance writes what was loaded: votes stays 5 in the row.
            c.choiceText = "Plenty";
            List<String> sql = statements(c::save);
            assertThat(sql).hasSize(1);
            assertThat(sql.get(0)).contains("\"choice_text\" = ?").doesNotContain("votes").doesNotContain("question_id");
            assertThat(Choice.objects.get("pk", saved.id).votes).isEqualTo(5);

            // giving a deferred field a value loads it: save() writes it too
            c.votes = 9;
            assertThat(c.deferredFields()).containsExactly("question");
            c.save();
            assertThat(Choice.objects.get("pk", saved.id).votes).isEqualTo(9);

            assertNumQueries(1, () -> c.refreshFromDb("question"));
            assertThat(c.question.pk()).isEqualTo(saved.question.pk());
            assertThat(c.deferredFields()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void deferLeavesOutTheNamedFieldsUntilRefreshFromDbLoadsThem(Vendor vendor) {
        try (TestDatabase.TestCase ignored = Backends.use(vendor)) {
            Choice saved = choice(3);
            Choice c = Choice.objects.defer("choiceText").get("pk", saved.id);
            assertThat(c.choiceText).isNull();
            assertThat(c.votes).isEqualTo(3);
            assertThat(c.deferredFields()).containsExactly("choiceText");
            c.refreshFromDb();                       // reloads what was loaded; the deferred field stays deferred
            assertThat(c.deferredFields()).containsExactly("choiceText");
            c.refreshFromDb("choiceText");
            assertThat(c.choiceText).isEqualTo("Not much");
            assertThat(c.deferredFields()).isEmpty();

            // Django's rules for chaining: only() then defer() removes, defer() then only() keeps deferred, only() replaces only()
            assertThat(Choice.objects.only("choiceText").defer("choiceText").get("pk", saved.id).deferredFields()).isEmpty();
            assertThat(Choice.objects.defer("votes").only("votes", "choiceText").get("pk", saved.id).deferredFields())
                    .containsExactly("question", "votes");
            assertThat(Choice.objects.only("votes").only("choiceText").get("pk", saved.id).deferredFields())
                    .containsExactly("question", "votes");
            assertThat(Choice.objects.defer("votes").undefer().get("pk", saved.id).deferredFields()).isEmpty();
            assertThat(Choice.objects.only("pk").get("pk", saved.id).deferredFields()).containsExactly("question", "choiceText", "votes");
            // values() reads what it names, whatever only() said
            assertThat(Choice.objects.only("votes").values("choiceText").list()).containsExactly(Map.of("choiceText", "Not much"));
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void onlyAcrossSelectRelatedLoadsTheNamedFieldsOfTheRelatedModels(Vendor vendor) {
        try (TestDatabase.TestCase ignored = Backends.use(vendor, KEYS)) {
            Traveller ann = Traveller.objects.create(t -> t.name = "Ann");
            Ticket ticket = Ticket.objects.create(t -> { t.traveller.set(ann); t.seat = "3C"; });
            Stamp.objects.create(s -> s.ticket.set(ticket));
            assertNumQueries(1, () -> {
                Stamp stamp = Stamp.objects.only("ticket__traveller__name").selectRelated("ticket__traveller").get();
                assertThat(stamp.deferredFields()).isEmpty();
                Ticket t = stamp.ticket.get();
                assertThat(t.deferredFields()).containsExactly("seat");
                assertThat(t.seat).isNull();
                assertThat(t.traveller.get().name).isEqualTo("Ann");
                assertThat(t.traveller.get().deferredFields()).isEmpty();
            });
            assertNumQueries(1, () -> {
                Stamp stamp = Stamp.objects.defer("ticket__seat").selectRelated("ticket").get();
                assertThat(stamp.ticket.get().deferredFields()).containsExactly("seat");
                assertThat(stamp.ticket.get().traveller.pk()).isEqualTo(ann.number);
            });
            Country fr = Country.objects.create(c -> { c.code = "fr"; c.name = "France"; });
            City.objects.create(c -> { c.country.set(fr); c.name = "Paris"; });
            City city = City.objects.only("name", "country").selectRelated("country").get();
            assertThat(city.country.get().name).as("a related model only() names nothing of is loaded whole").isEqualTo("France");
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void mistakesGetDjangosMessages(Vendor vendor) {
        try (TestDatabase.TestCase ignored = Backends.use(vendor, KEYS)) {
            String nope = String.valueOf("nope");      // computed: the compile-time check would refuse the literal
            assertThatThrownBy(() -> City.objects.only(nope).list()).isInstanceOf(FieldError.class)
                    .hasMessage("City has no field named 'nope'");
            assertThatThrownBy(() -> City.objects.defer(String.valueOf("country__nope")).list()).isInstanceOf(FieldError.class)
                    .hasMessage("Country has no field named 'nope'");
            assertThatThrownBy(() -> City.objects.only(String.valueOf("name__x")).list()).isInstanceOf(FieldError.class)
                    .hasMessage("only() and defer() follow foreign keys with '__', and City.name is a CharField (in 'name__x').");
            assertThatThrownBy(() -> City.objects.only("name").selectRelated("country").list()).isInstanceOf(FieldError.class)
                    .hasMessage("Field City.country cannot be both deferred and traversed using select_related at the same time.");
            assertThatThrownBy(() -> City.objects.defer("country").selectRelated("country").list()).isInstanceOf(FieldError.class)
                    .hasMessage("Field City.country cannot be both deferred and traversed using select_related at the same time.");
            assertThatThrownBy(() -> City.objects.values("name").only("name"))
                    .hasMessage("Cannot call only() after .values() or .values_list()");
            assertThatThrownBy(() -> City.objects.values("name").defer("name"))
                    .hasMessage("Cannot call defer() after .values() or .values_list()");
            assertThatThrownBy(() -> new City().refreshFromDb("country__name"))
                    .hasMessage("Found \"__\" in fields argument. Relations and transforms are not allowed in fields.");
        }
    }
}
