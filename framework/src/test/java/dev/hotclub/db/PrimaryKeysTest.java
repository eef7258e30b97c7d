package dev.hotclub.db;

import static dev.hotclub.db.TestDatabase.assertNumQueries;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hotclub.db.keys.City;
import dev.hotclub.db.keys.Country;
import dev.hotclub.db.keys.Stamp;
import dev.hotclub.db.keys.Ticket;
import dev.hotclub.db.keys.Traveller;
import dev.hotclub.db.models.DeleteResult;
import dev.hotclub.db.models.FieldError;
import dev.hotclub.db.models.Model;
import dev.hotclub.db.models.ModelMeta;
import dev.hotclub.db.models.ProtectedError;
import dev.hotclub.db.models.ValidationError;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Models keyed by something else than the automatic id, on both backends, with the answers Django 3.2 gives for the
 * same models (Country keyed by a CharField, Traveller by an AutoField named number, Ticket by a UUIDField named id
 * with a default, Stamp by a BigAutoField named serial).
 */
class PrimaryKeysTest {
    @SuppressWarnings("unchecked")
    private static final Class<? extends Model>[] MODELS = new Class[] {
            Country.class, City.class, Traveller.class, Ticket.class, Stamp.class};

    private static Country country(String code, String name) {
        Country c = new Country();
        c.code = code;
        c.name = name;
        return c;
    }

    @Test
    void theMetadataNamesTheDeclaredKeyAndHasNoIdColumn() {
        ModelMeta country = ModelMeta.of(Country.class);
        assertThat(country.pk().name()).isEqualTo("code");
        assertThat(country.concreteFields().stream().map(f -> f.column()).toList()).containsExactly("name", "code");
        assertThat(ModelMeta.of(Traveller.class).pk().kind().djangoName()).isEqualTo("AutoField");
        assertThat(ModelMeta.of(Ticket.class).pk().javaType()).isEqualTo(UUID.class);
        assertThat(ModelMeta.of(Stamp.class).pk().name()).isEqualTo("serial");
        assertThat(ModelMeta.of(City.class).pk().name()).isEqualTo("id");
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void saveUpdatesThenInsertsByTheKeyAndAKeyWithADefaultInsertsAtOnce(Vendor vendor) {
        try (TestDatabase.TestCase ignored = Backends.use(vendor, MODELS)) {
            Country fr = country("fr", "France");
            // Django: a key set by hand means UPDATE (no row) then INSERT.
            assertNumQueries(2, fr::save);
            assertNumQueries(1, () -> country("fr", "Francia").save());
            assertThat(Country.objects.get("pk", "fr").name).isEqualTo("Francia");
            assertThat(Country.objects.count()).isEqualTo(1);

            Traveller ann = new Traveller();
            ann.name = "Ann";
            assertNumQueries(1, ann::save);
            assertThat(ann.number).isNotNull();
            assertThat(ann.pk()).isEqualTo(ann.number);
            assertThat(ann.id).as("the inherited id is no column here").isNull();

            Ticket ticket = new Ticket();
            ticket.traveller.set(ann);
            ticket.seat = "1A";
            UUID given = ticket.id;
            assertNumQueries(1, ticket::save);          // the default makes it an INSERT straight away
            assertNumQueries(1, ticket::save);          // then an UPDATE
            assertThat(ticket.pk()).isEqualTo(given);
            Ticket back = Ticket.objects.get("pk", given);
            assertThat(back.id).isEqualTo(given);
            assertThat(back.traveller.pk()).isEqualTo(ann.number);
            assertThat(back.traveller.get().name).isEqualTo("Ann");

            Stamp stamp = Stamp.objects.create(s -> s.ticket.set(ticket));
            assertThat(stamp.serial).isNotNull();
            Stamp stampBack = Stamp.objects.get("serial", stamp.serial);
            assertThat(stampBack.ticket.pk()).isEqualTo(given);
            assertThat(stampBack.ticket.get().seat).isEqualTo("1A");
            assertThat(stampBack).isEqualTo(stamp);
            assertThat(stamp.toString()).isEqualTo("Stamp object (" + stamp.serial + ")");

            fr.refreshFromDb();
            assertThat(fr.name).isEqualTo("Francia");
            var created = Country.objects.getOrCreate(dev.hotclub.db.models.Q.of("pk", "it"), c -> c.name = "Italy");
            assertThat(created.created()).isTrue();
            assertThat(created.object().code).isEqualTo("it");
            assertThat(Country.objects.getOrCreate(dev.hotclub.db.models.Q.of("pk", "it"), c -> c.name = "x").created()).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void lookupsJoinOnTheKeyBothWaysAndAcrossManyToMany(Vendor vendor) {
        try (TestDatabase.TestCase ignored = Backends.use(vendor, MODELS)) {
            Country fr = Country.objects.create(c -> { c.code = "fr"; c.name = "France"; });
            // Django's create() is save(force_insert=True): one INSERT
            Country[] created = new Country[1];
            assertNumQueries(1, () -> created[0] = Country.objects.create(c -> { c.code = "de"; c.name = "Germany"; }));
            Country de = created[0];
            City.objects.create(c -> { c.country.set(fr); c.name = "Paris"; });
            City.objects.create(c -> { c.country.setPk("de"); c.name = "Berlin"; });
            Traveller ann = Traveller.objects.create(t -> t.name = "Ann");
            ann.visited.add(fr, de);

            assertThat(City.objects.filter("country__name", "France").valuesListFlat("name").list()).containsExactly("Paris");
            assertThat(City.objects.filter("country", "fr").valuesListFlat("name").list()).containsExactly("Paris");
            assertThat(City.objects.filter("country", fr).valuesListFlat("name").list()).containsExactly("Paris");
            assertThat(City.objects.filter("country__code", "fr").valuesList("country", "country__pk").list())
                    .containsExactly(List.of("fr", "fr"));
            assertThat(Country.objects.filter("travellers__name", "Ann").valuesListFlat("pk").list()).containsExactly("de", "fr");
            assertThat(Country.objects.filter("cities__name", "Berlin").valuesListFlat("pk").list()).containsExactly("de");
            assertThat(Traveller.objects.filter("visited__pk", "de").valuesListFlat("pk").list()).containsExactly(ann.number);
            assertThat(Traveller.objects.filter("visited", "de").valuesListFlat("pk").list()).containsExactly(ann.number);
            assertThat(Country.objects.exclude("cities__name", "Berlin").valuesListFlat("code").list()).containsExactly("fr");

            Map<String, Country> byCode = Country.objects.inBulk(List.of("fr", "de"));
            assertThat(byCode.keySet()).containsExactlyInAnyOrder("fr", "de");
            assertThat(Country.objects.first().orElseThrow().code).isEqualTo("de");
            assertThat(Country.objects.orderBy().last().orElseThrow().code).isEqualTo("fr");
            assertThat(Country.objects.get("pk", "de").cities().count()).isEqualTo(1);
            assertThat(fr.cities().valuesListFlat("name").list()).containsExactly("Paris");
            assertThat(ann.visited.all().valuesListFlat("code").list()).containsExactly("de", "fr");

            assertThat(Country.objects.filter("pk", "de").update("name", "Deutschland")).isEqualTo(1);
            assertThat(Country.objects.get("code", "de").name).isEqualTo("Deutschland");

            // select_related and prefetch_related follow the key
            TestDatabase.assertNumQueries(1, () -> assertThat(City.objects.selectRelated("country").orderBy("name")
                    .list().stream().map(c -> c.country.get().name).toList()).containsExactly("Deutschland", "France"));
            TestDatabase.assertNumQueries(2, () -> assertThat(Traveller.objects.prefetchRelated("visited").list().get(0)
                    .visited.all().list()).containsExactly(de, fr));
            TestDatabase.assertNumQueries(2, () -> assertThat(Country.objects.prefetchRelated("cities").list().stream()
                    .map(c -> c.cities().list().size()).toList()).containsExactly(1, 1));
            TestDatabase.assertNumQueries(2, () -> assertThat(City.objects.prefetchRelated("country").orderBy("name").list()
                    .stream().map(c -> c.country.get().code).toList()).containsExactly("de", "fr"));

            ann.visited.remove(de);
            assertThat(ann.visited.all().count()).isEqualTo(1);
            ann.visited.set(List.of(de));
            assertThat(ann.visited.all().valuesListFlat("code").list()).containsExactly("de");
            ann.visited.clear();
            assertThat(ann.visited.all().exists()).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void bulkWritesCarryTheDeclaredKeyAndNumberTheAutomaticOnes(Vendor vendor) {
        try (TestDatabase.TestCase ignored = Backends.use(vendor, MODELS)) {
            assertNumQueries(1, () -> Country.objects.bulkCreate(List.of(country("fr", "France"), country("de", "Germany"))));
            assertThat(Country.objects.valuesListFlat("code").list()).containsExactly("de", "fr");
            List<Traveller> travellers = Traveller.objects.bulkCreate(List.of(traveller("Ann"), traveller("Bob")));
            assertThat(travellers).allSatisfy(t -> assertThat(t.number).isNotNull());
            List<Ticket> tickets = Ticket.objects.bulkCreate(List.of(ticket(travellers.get(0), "1A"), ticket(travellers.get(1), "1B")));
            Map<UUID, Ticket> byId = Ticket.objects.inBulk(tickets.stream().map(t -> t.id).toList());
            assertThat(byId.keySet()).containsExactlyInAnyOrder(tickets.get(0).id, tickets.get(1).id);

            List<Country> countries = Country.objects.list();
            countries.forEach(c -> c.name = c.name.toUpperCase());
            assertThat(Country.objects.bulkUpdate(countries, "name")).isEqualTo(2);
            assertThat(Country.objects.valuesListFlat("name").list()).containsExactly("GERMANY", "FRANCE");
            tickets.forEach(t -> t.seat = "9Z");
            assertThat(Ticket.objects.bulkUpdate(tickets, "seat")).isEqualTo(2);
            assertThat(Ticket.objects.filter("seat", "9Z").count()).isEqualTo(2);
        }
    }

    private static Traveller traveller(String name) {
        Traveller t = new Traveller();
        t.name = name;
        return t;
    }

    private static Ticket ticket(Traveller traveller, String seat) {
        Ticket t = new Ticket();
        t.traveller.set(traveller);
        t.seat = seat;
        return t;
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void deleteCollectsByTheKeyAndProtectStillRefuses(Vendor vendor) {
        try (TestDatabase.TestCase ignored = Backends.use(vendor, MODELS)) {
            Country fr = Country.objects.create(c -> { c.code = "fr"; c.name = "France"; });
            City.objects.create(c -> { c.country.set(fr); c.name = "Paris"; });
            Traveller ann = Traveller.objects.create(t -> t.name = "Ann");
            ann.visited.add(fr);
            Ticket ticket = Ticket.objects.create(t -> { t.traveller.set(ann); t.seat = "2B"; });
            Stamp.objects.create(s -> s.ticket.set(ticket));

            DeleteResult result = fr.delete();
            assertThat(result.total()).isEqualTo(3);
            assertThat(result.perModel()).containsExactlyInAnyOrderEntriesOf(
                    Map.of("keys.City", 1, "keys.Traveller_visited", 1, "keys.Country", 1));
            assertThat(fr.code).isNull();
            assertThatThrownBy(ticket::delete).isInstanceOf(ProtectedError.class).hasMessage("Cannot delete some instances of "
                    + "model 'Ticket' because they are referenced through protected foreign keys: 'Stamp.ticket'.");
            Stamp.objects.all().delete();
            assertThat(Traveller.objects.filter("pk", ann.number).delete().perModel())
                    .containsExactlyInAnyOrderEntriesOf(Map.of("keys.Ticket", 1, "keys.Traveller", 1));
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void mistakesGetDjangosMessagesAndNameTheRealKey(Vendor vendor) {
        try (TestDatabase.TestCase ignored = Backends.use(vendor, MODELS)) {
            assertThatThrownBy(() -> Country.objects.filter(String.valueOf("id"), 1).list()).isInstanceOf(FieldError.class)
                    .hasMessage("Cannot resolve keyword 'id' into field. Choices are: cities, code, name, travellers");
            Country strayId = country("es", "Spain");
            strayId.id = 4L;
            assertThatThrownBy(strayId::save).hasMessage("Country has no field 'id' (it was set to 4): its primary key is "
                    + "'code' (a CharField). Set code (or call setPk(...)) instead of id.");
            assertThatThrownBy(() -> new Traveller().visited.all()).hasMessage("\"Traveller object (None)\" needs to have a "
                    + "value for field \"number\" before this many-to-many relationship can be used.");
            assertThatThrownBy(() -> new Country().delete())
                    .hasMessage("Country object can't be deleted because its code attribute is set to None.");
            City city = new City();
            city.country.setPk("fr");
            assertThatThrownBy(() -> city.country.id()).hasMessage("Country has no id: its primary key is 'code' (a CharField). "
                    + "Read it with pk().");

            Country.objects.create(c -> { c.code = "de"; c.name = "Germany"; });
            assertThatThrownBy(() -> country("de", "D").fullClean()).isInstanceOf(ValidationError.class)
                    .hasMessageContaining("Country with this Code already exists.");
            Country loaded = Country.objects.get("pk", "de");
            loaded.fullClean();                        // not compared with itself
        }
    }
}
