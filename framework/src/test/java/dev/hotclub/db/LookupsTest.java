package dev.hotclub.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotclub.db.library.Author;
import dev.hotclub.db.library.Book;
import dev.hotclub.db.models.F;
import dev.hotclub.db.models.Q;
import dev.hotclub.db.TestDatabase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every lookup of the issue, with Django 3.2's answers on each backend (NOTES-wave3 section A). */
class LookupsTest {
    private static Author author(String name, LocalDate born) {
        return Author.objects.create(a -> {
            a.name = name;
            a.born = born;
        });
    }

    private static Book book(String title, Author author, int pages, Integer rating) {
        return Book.objects.create(b -> {
            b.title = title;
            b.author.set(author);
            b.pages = pages;
            b.rating = rating;
        });
    }

    private static List<String> titles(dev.hotclub.db.models.QuerySet<Book> books) {
        return books.orderBy("title").list().stream().map(b -> b.title).toList();
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void textLookupsEscapeWildcardsAndFollowEachBackendsCase(Vendor vendor) {
        try (TestDatabase.TestCase ignored = Backends.use(vendor)) {
            Author le = author("Ursula", LocalDate.of(1929, 10, 21));
            book("100% Pure", le, 10, null);
            book("100 Pure", le, 10, null);
            book("snake_case", le, 10, null);
            book("snakeXcase", le, 10, null);
            book("Back\\slash", le, 10, null);
            book("The Left Hand of Darkness", le, 300, 5);
            assertThat(titles(Book.objects.filter("title__contains", "100%"))).containsExactly("100% Pure");
            assertThat(titles(Book.objects.filter("title__contains", "e_c"))).containsExactly("snake_case");
            assertThat(titles(Book.objects.filter("title__endswith", "\\slash"))).containsExactly("Back\\slash");
            // SQLite's LIKE ignores ASCII case; PostgreSQL's is case-sensitive (Django passes both through).
            assertThat(titles(Book.objects.filter("title__contains", "left hand")))
                    .isEqualTo(vendor == Vendor.SQLITE ? List.of("The Left Hand of Darkness") : List.of());
            assertThat(titles(Book.objects.filter("title__icontains", "left HAND"))).containsExactly("The Left Hand of Darkness");
            assertThat(titles(Book.objects.filter("title__istartswith", "the left"))).containsExactly("The Left Hand of Darkness");
            assertThat(titles(Book.objects.filter("title__iendswith", "DARKNESS"))).containsExactly("The Left Hand of Darkness");
            assertThat(titles(Book.objects.filter("title__iexact", "the left hand of darkness"))).containsExactly("The Left Hand of Darkness");
            assertThat(titles(Book.objects.filter("title__exact", "the left hand of darkness"))).isEmpty();
            assertThat(titles(Book.objects.filter("title__regex", "^1\\d+ P"))).containsExactly("100 Pure");
            assertThat(titles(Book.objects.filter("title__iregex", "^the l"))).containsExactly("The Left Hand of Darkness");
            assertThat(titles(Book.objects.filter("title__startswith", "100"))).containsExactly("100 Pure", "100% Pure");
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void comparisonsRangesInAndNull(Vendor vendor) {
        try (TestDatabase.TestCase ignored = Backends.use(vendor)) {
            Author a = author("A", null);
            book("one", a, 100, 1);
            book("two", a, 200, null);
            book("three", a, 300, 3);
            assertThat(titles(Book.objects.filter("pages__gt", 100))).containsExactly("three", "two");
            assertThat(titles(Book.objects.filter("pages__gte", 200).filter("pages__lt", 300))).containsExactly("two");
            assertThat(titles(Book.objects.filter("pages__lte", 100))).containsExactly("one");
            assertThat(titles(Book.objects.filter("pages__range", List.of(150, 300)))).containsExactly("three", "two");
            assertThat(titles(Book.objects.filter("pages__in", List.of(100, 300)))).containsExactly("one", "three");
            assertThat(titles(Book.objects.filter("pages__in", List.of()))).isEmpty();
            assertThat(titles(Book.objects.filter("rating", null))).containsExactly("two");
            assertThat(titles(Book.objects.filter("rating__isnull", true))).containsExactly("two");
            assertThat(titles(Book.objects.filter("rating__isnull", false))).containsExactly("one", "three");
            // exclude keeps the rows whose value is NULL (Django: NOT (rating = 1 AND rating IS NOT NULL)).
            assertThat(titles(Book.objects.exclude("rating", 1))).containsExactly("three", "two");
            assertThat(titles(Book.objects.filter("pages__gt", F.of("rating").times(100)))).isEmpty();
            assertThat(titles(Book.objects.filter("pages", F.of("rating").times(100)))).containsExactly("one", "three");
            assertThat(titles(Book.objects.filter(Q.of("pages", 100).or(Q.of("rating", 3))))).containsExactly("one", "three");
            assertThat(titles(Book.objects.filter(Q.not(Q.of("pages", 100))))).containsExactly("three", "two");
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void datePartsAreReadInUtc(Vendor vendor) {
        try (TestDatabase.TestCase ignored = Backends.use(vendor)) {
            author("sunday", LocalDate.of(2024, 3, 3));
            author("monday", LocalDate.of(2024, 3, 4));
            author("old", LocalDate.of(1999, 12, 31));
            List<String> names = Author.objects.filter("born__year", 2024).list().stream().map(a -> a.name).toList();
            assertThat(names).containsExactly("monday", "sunday");
            assertThat(Author.objects.filter("born__month", 12).get().name).isEqualTo("old");
            assertThat(Author.objects.filter("born__day", 4).get().name).isEqualTo("monday");
            // Django's week_day: 1 = Sunday ... 7 = Saturday.
            assertThat(Author.objects.filter("born__week_day", 1).get().name).isEqualTo("sunday");
            assertThat(Author.objects.filter("born__year__gte", 2000).count()).isEqualTo(2);
            assertThat(Author.objects.filter("born__lt", LocalDate.of(2000, 1, 1)).get().name).isEqualTo("old");
            dev.hotclub.db.polls.Question.objects.create(q -> {
                q.questionText = "late";
                q.pubDate = java.time.Instant.parse("2024-03-03T23:30:00Z");
            });
            assertThat(dev.hotclub.db.polls.Question.objects.filter("pubDate__date", LocalDate.of(2024, 3, 3)).count()).isEqualTo(1);
            assertThat(dev.hotclub.db.polls.Question.objects.filter("pubDate__hour", 23).count()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void nullsAreOrderedByTheDatabaseUnlessAsked(Vendor vendor) {
        try (TestDatabase.TestCase ignored = Backends.use(vendor)) {
            author("a", LocalDate.of(2000, 1, 1));
            author("b", null);
            List<String> plain = Author.objects.orderBy("born").list().stream().map(a -> a.name).toList();
            // Django passes NULL order through: first on SQLite, last on PostgreSQL.
            assertThat(plain).isEqualTo(vendor == Vendor.SQLITE ? List.of("b", "a") : List.of("a", "b"));
            assertThat(Author.objects.orderBy(F.of("born").asc().nullsLast()).list().stream().map(a -> a.name))
                    .containsExactly("a", "b");
            assertThat(Author.objects.orderBy(F.of("born").desc().nullsFirst()).list().stream().map(a -> a.name))
                    .containsExactly("b", "a");
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void excludeAcrossANullableForeignKeyKeepsRowsWithoutOne(Vendor vendor) {
        try (TestDatabase.TestCase ignored = Backends.use(vendor)) {
            Author x = author("X", null);
            Author y = author("Y", null);
            Book a = book("a", x, 1, null);
            a.editor.set(x);
            a.save();
            Book b = book("b", x, 1, null);
            b.editor.set(y);
            b.save();
            book("c", x, 1, null);
            assertThat(titles(Book.objects.exclude("editor__name", "X"))).containsExactly("b", "c");
            assertThat(titles(Book.objects.filter("editor__name", "X"))).containsExactly("a");
            assertThat(titles(Book.objects.filter("editor__isnull", true))).containsExactly("c");
            assertThat(titles(Book.objects.filter("editor", x))).containsExactly("a");
            assertThat(titles(Book.objects.filter("editor__id", y.id))).containsExactly("b");
            assertThat(titles(Book.objects.orderBy("editor__name"))).hasSize(3);
            assertThat(Author.objects.filter("edited__title", "a").get()).isEqualTo(x);
            assertThat(Author.objects.filter("books__title__in", List.of("a", "b")).distinct().count()).isEqualTo(1);
            assertThat(titles(Book.objects.filter("price__isnull", true))).hasSize(3);
            Book.objects.filter("title", "a").update("price", new BigDecimal("12.50"));
            assertThat(Book.objects.get("title", "a").price).isEqualTo(new BigDecimal("12.50"));
            assertThat(titles(Book.objects.filter("price__gt", new BigDecimal("12.4")))).containsExactly("a");
        }
    }
}
