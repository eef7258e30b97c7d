package dev.hotclub.db;

import static dev.hotclub.db.TestDatabase.assertNumQueries;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hotclub.db.library.Author;
import dev.hotclub.db.library.Book;
import dev.hotclub.db.library.Everything;
import dev.hotclub.db.library.Publisher;
import dev.hotclub.db.models.Q;
import dev.hotclub.db.models.ValidationError;
import dev.hotclub.db.TestDatabase;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Saving, bulk writes, values(), constraints, validation and transactions on both backends. */
class WritesTest {
    @ParameterizedTest
    @EnumSource(Vendor.class)
    void everyFieldKindMakesTheRoundTrip(Vendor vendor) throws Exception {
        try (TestDatabase.TestCase ignored = Backends.use(vendor)) {
            Everything e = new Everything();
            e.chars = "chars";
            e.size = Everything.Size.LARGE;
            e.text = "long text ünïcödé フレームワーク";
            e.integer = -42;
            e.big = 9_000_000_000L;
            e.small = (short) 7;
            e.positive = 5;
            e.floating = 2.5;
            e.decimal = new BigDecimal("1234.500");
            e.flag = true;
            e.day = LocalDate.of(2024, 2, 29);
            e.moment = Instant.parse("2024-02-29T23:59:58.123456Z");
            e.time = LocalTime.of(13, 14, 15, 16_000);
            e.duration = Duration.ofHours(26).plusMillis(5);
            e.uuid = UUID.fromString("12345678-1234-5678-1234-567812345678");
            e.email = "a@example.com";
            e.url = "https://example.com/";
            e.slug = "a-slug";
            e.data = Map.of("a", 1, "b", List.of("x"));
            e.tree = new ObjectMapper().readTree("{\"k\": [1, 2]}");
            e.bytes = new byte[] {0, 1, (byte) 255};
            e.save();
            assertThat(e.created).isNotNull();
            Everything back = Everything.objects.get("id", e.id);
            assertThat(back).usingRecursiveComparison().ignoringFields("created", "modified").isEqualTo(e);
            assertThat(back.created).isEqualTo(e.created.truncatedTo(java.time.temporal.ChronoUnit.MICROS));
            assertThat(Everything.objects.filter("uuid", e.uuid).count()).isEqualTo(1);
            assertThat(Everything.objects.filter("size", Everything.Size.LARGE).count()).isEqualTo(1);
            assertThat(Everything.objects.filter("flag", true).count()).isEqualTo(1);
            assertThat(Everything.objects.filter("moment__gt", Instant.parse("2024-02-29T23:59:58Z")).count()).isEqualTo(1);
            assertThat(Everything.objects.filter("time__lt", LocalTime.of(14, 0)).count()).isEqualTo(1);
            Everything empty = new Everything();
            empty.save();
            Everything emptyBack = Everything.objects.get("id", empty.id);
            assertThat(emptyBack.chars).isNull();
            assertThat(emptyBack.data).isNull();
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void valuesValuesListAndFlat(Vendor vendor) {
        try (TestDatabase.TestCase ignored = Backends.use(vendor)) {
            Author a = Author.objects.create(x -> x.name = "A");
            Book.objects.create(b -> { b.title = "t1"; b.author.set(a); b.pages = 10; });
            Book.objects.create(b -> { b.title = "t2"; b.author.set(a); b.pages = 20; });
            assertThat(Book.objects.values("title", "author__name").list())
                    .containsExactly(Map.of("title", "t1", "author__name", "A"), Map.of("title", "t2", "author__name", "A"));
            assertThat(Book.objects.valuesList("title", "pages").list()).containsExactly(List.of("t1", 10), List.of("t2", 20));
            assertThat(Book.objects.<String>valuesListFlat("title").list()).containsExactly("t1", "t2");
            assertThat(Book.objects.filter("title", "t1").union(Book.objects.filter("title", "t2")).count()).isEqualTo(2);
            assertThat(Book.objects.filter("title", "t1").union(Book.objects.filter("title", "t1")).list()).hasSize(1);
            assertThat(Book.objects.none().list()).isEmpty();
            assertNumQueries(0, () -> assertThat(Book.objects.none().count()).isZero());
            assertThat(Book.objects.raw("SELECT * FROM library_book WHERE pages > ? ORDER BY title", 15))
                    .extracting(b -> b.title).containsExactly("t2");
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void bulkCreateBulkUpdateInBulkAndStream(Vendor vendor) {
        try (TestDatabase.TestCase ignored = Backends.use(vendor)) {
            List<Author> authors = new ArrayList<>();
            for (int i = 0; i < 250; i++) {
                Author a = new Author();
                a.name = "author" + i;
                authors.add(a);
            }
            assertNumQueries(1, () -> Author.objects.bulkCreate(authors));
            assertThat(authors).allSatisfy(a -> assertThat(a.id).isNotNull());
            authors.forEach(a -> a.email = a.name + "@example.com");
            assertThat(Author.objects.bulkUpdate(authors.subList(0, 10), "email")).isEqualTo(10);
            assertThat(Author.objects.filter("email__endswith", "@example.com").count()).isEqualTo(10);
            Map<Long, Author> byId = Author.objects.inBulk(List.of(authors.get(0).id, authors.get(1).id));
            assertThat(byId.get(authors.get(1).id).name).isEqualTo("author1");
            try (Stream<Author> stream = Author.objects.orderBy("id").stream()) {
                assertThat(stream.mapToLong(a -> a.id).count()).isEqualTo(250);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void getOrCreateAndUpdateOrCreate(Vendor vendor) {
        try (TestDatabase.TestCase ignored = Backends.use(vendor)) {
            var first = Author.objects.getOrCreate(Q.of("name", "Ann"), a -> a.email = "ann@example.com");
            assertThat(first.created()).isTrue();
            assertThat(first.object().email).isEqualTo("ann@example.com");
            var again = Author.objects.getOrCreate(Q.of("name", "Ann"), a -> a.email = "other@example.com");
            assertThat(again.created()).isFalse();
            assertThat(again.object()).isEqualTo(first.object());
            var updated = Author.objects.updateOrCreate(Q.of("name", "Ann"), a -> a.email = "new@example.com");
            assertThat(updated.created()).isFalse();
            assertThat(Author.objects.get("name", "Ann").email).isEqualTo("new@example.com");
            assertThat(Author.objects.updateOrCreate(Q.of("name", "Bob"), a -> a.email = "bob@example.com").created()).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void constraintsRaiseIntegrityErrorNamingTheModel(Vendor vendor) {
        try (TestDatabase.TestCase ignored = Backends.use(vendor)) {
            Publisher.objects.create(p -> p.name = "Ace");
            assertThatThrownBy(() -> Transaction.atomic(() -> Publisher.objects.create(p -> p.name = "Ace")))
                    .isInstanceOf(IntegrityError.class).hasMessageStartingWith("library.Publisher: ")
                    .hasMessageContaining(vendor == Vendor.SQLITE ? "UNIQUE constraint failed: library_publisher.name" : "library_publisher_name_key");
            Author a = Author.objects.create(x -> x.name = "A");
            assertThatThrownBy(() -> Transaction.atomic(() -> Book.objects.create(b -> { b.title = "t"; b.author.set(a); b.pages = -1; })))
                    .isInstanceOf(IntegrityError.class).hasMessageContaining("book_pages_not_negative");
            Book.objects.create(b -> { b.title = "t"; b.author.set(a); });
            assertThatThrownBy(() -> Transaction.atomic(() -> Book.objects.create(b -> { b.title = "t"; b.author.set(a); })))
                    .isInstanceOf(IntegrityError.class);
            Book orphan = new Book();
            orphan.title = "orphan";
            orphan.author.set(new Author());
            assertThatThrownBy(orphan::save).hasMessage("save() prohibited to prevent data loss due to unsaved related object 'author'.");
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void fullCleanUsesDjangosMessages(Vendor vendor) {
        try (TestDatabase.TestCase ignored = Backends.use(vendor)) {
            Publisher.objects.create(p -> p.name = "Ace");
            Publisher p = new Publisher();
            p.name = "Ace";
            assertThatThrownBy(p::fullClean).isInstanceOf(ValidationError.class).satisfies(e -> assertThat(((ValidationError) e)
                    .messageDict()).isEqualTo(Map.of("name", List.of("Publisher with this Name already exists."))));
            p.name = "x".repeat(101);
            assertThatThrownBy(p::fullClean).satisfies(e -> assertThat(((ValidationError) e).messageDict()).isEqualTo(
                    Map.of("name", List.of("Ensure this value has at most 100 characters (it has 101)."))));
            p.name = "";
            assertThatThrownBy(p::fullClean).satisfies(e -> assertThat(((ValidationError) e).messageDict()).isEqualTo(
                    Map.of("name", List.of("This field cannot be blank."))));
            Author a = new Author();
            a.name = "A";
            a.email = "not an email";
            assertThatThrownBy(a::fullClean).satisfies(e -> assertThat(((ValidationError) e).messageDict()).isEqualTo(
                    Map.of("email", List.of("Enter a valid email address."))));
            a.email = "";
            a.fullClean();
            a.save();
            Book one = Book.objects.create(b -> { b.title = "t"; b.author.set(a); });
            Book two = new Book();
            two.title = "t";
            two.author.set(a);
            assertThatThrownBy(two::fullClean).satisfies(e -> assertThat(((ValidationError) e).messageDict()).isEqualTo(
                    Map.of("__all__", List.of("Book with this Title and Author already exists."))));
            one.fullClean();
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void atomicRollsBackOnExceptionAndNestedBlocksAreSavepoints(Vendor vendor) {
        try (TestDatabase.TestCase ignored = Backends.use(vendor)) {
            List<String> committed = new ArrayList<>();
            assertThatThrownBy(() -> Transaction.atomic(() -> {
                Author.objects.create(a -> a.name = "gone");
                throw new IllegalStateException("boom");
            })).hasMessage("boom");
            assertThat(Author.objects.filter("name", "gone").exists()).isFalse();
            Transaction.atomic(() -> {
                Author.objects.create(a -> a.name = "outer");
                try {
                    Transaction.atomic(() -> {
                        Author.objects.create(a -> a.name = "inner");
                        Transaction.onCommit(() -> committed.add("inner"));
                        throw new IllegalStateException("inner fails");
                    });
                } catch (IllegalStateException expected) {
                    // the savepoint is rolled back, the outer block goes on
                }
                Transaction.onCommit(() -> committed.add("outer"));
            });
            assertThat(Author.objects.valuesListFlat("name").list()).containsExactly("outer");
            // Inside a test case the outermost block is the test's own transaction: nothing commits, as Django's TestCase.
            assertThat(committed).isEmpty();
        }
    }
}
