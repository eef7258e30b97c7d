package dev.hotclub.db.models;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotclub.db.Backends;
import dev.hotclub.db.Databases;
import dev.hotclub.db.TestDatabase;
import dev.hotclub.db.Vendor;
import dev.hotclub.db.library.Author;
import dev.hotclub.db.library.Book;
import dev.hotclub.db.models.internal.SelectCache;
import dev.hotclub.db.models.internal.Sql;
import dev.hotclub.db.models.internal.SqlCompiler;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A SELECT compiled once per query shape: the same statement as compiling it, the values of each query bound. */
class SelectCacheTest {
    private static Sql cached(QuerySet<?> qs) {
        return SelectCache.select(qs.query, Databases.defaultDatabase().vendor()).sql();
    }

    private static Sql compiled(QuerySet<?> qs) {
        return new SqlCompiler(qs.query, Databases.defaultDatabase().vendor()).select().sql();
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void aQueryOfAShapeSeenBeforeReusesTheTextAndBindsItsOwnValues(Vendor vendor) {
        try (TestDatabase.TestCase ignored = Backends.use(vendor)) {
            Sql first = cached(Book.objects.filter("pages", 10).slice(0, 21));
            Sql second = cached(Book.objects.filter("pages", 20).slice(0, 21));
            Sql third = cached(Book.objects.filter("pages", 30).slice(0, 21));
            assertThat(third.text()).isSameAs(second.text()).isEqualTo(first.text());
            assertThat(second.params()).containsExactly(20);
            assertThat(third.params()).containsExactly(30);
            // Another slice is another statement.
            assertThat(cached(Book.objects.filter("pages", 30).slice(0, 5)).text()).endsWith("LIMIT 5");
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void everyShapeGivesWhatCompilingGivesWhicheverValueCameFirst(Vendor vendor) {
        try (TestDatabase.TestCase ignored = Backends.use(vendor)) {
            Author author = ursula();
            List<Function<Object[], QuerySet<?>>> shapes = List.of(
                    v -> Book.objects.filter("rating__isnull", v[0]),
                    v -> Book.objects.filter("rating", v[1]),
                    v -> Book.objects.filter("pages__in", v[2]),
                    v -> Book.objects.exclude("title__startswith", v[3]).orderBy("-pages"),
                    v -> Book.objects.filter(Q.of("pages__gte", v[4]).or(Q.of("title__icontains", v[3]))).values("title"),
                    v -> Book.objects.filter("author", v[5]).filter("pages__range", List.of(v[4], 500)),
                    v -> Book.objects.filter("author__name", "Ursula").filter("pages", v[4]),
                    v -> Book.objects.filter("pages", F.of("rating")));
            Object[] one = {true, null, List.of(1, 2), "x", 5, author};
            Object[] other = {false, 4, List.of(1, 2, 3), "y%", 7, author.id};
            for (Function<Object[], QuerySet<?>> shape : shapes) {
                for (Object[] values : List.of(one, other, one, other)) {
                    QuerySet<?> qs = shape.apply(values);
                    assertThat(cached(qs)).isEqualTo(compiled(qs));
                    qs.list();
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void theRowsAreThoseOfEachQuery(Vendor vendor) {
        try (TestDatabase.TestCase ignored = Backends.use(vendor)) {
            Author author = ursula();
            for (int pages = 1; pages <= 3; pages++) {
                int p = pages;
                Book.objects.create(b -> {
                    b.title = "Book " + p;
                    b.author.set(author);
                    b.pages = p;
                    b.rating = p == 2 ? null : p;
                });
            }
            for (int pages = 1; pages <= 3; pages++) {
                assertThat(Book.objects.get("pages", pages).title).isEqualTo("Book " + pages);
            }
            assertThat(Book.objects.filter("rating__isnull", true).list()).extracting(b -> b.title).containsExactly("Book 2");
            assertThat(Book.objects.filter("rating__isnull", false).list()).extracting(b -> b.title).containsExactly("Book 1", "Book 3");
            assertThat(Book.objects.filter("rating", null).list()).extracting(b -> b.title).containsExactly("Book 2");
            assertThat(Book.objects.filter("rating", 3).list()).extracting(b -> b.title).containsExactly("Book 3");
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void onlyAndDeferAreOtherShapes(Vendor vendor) {
        try (TestDatabase.TestCase ignored = Backends.use(vendor)) {
            List<QuerySet<?>> sameFilterOtherColumns = List.of(Book.objects.filter("pages", 1),
                    Book.objects.filter("pages", 2).only("title"), Book.objects.filter("pages", 3).defer("title"),
                    Book.objects.filter("pages", 4).only("pages"), Book.objects.filter("pages", 5));
            for (QuerySet<?> qs : sameFilterOtherColumns) {
                assertThat(cached(qs)).isEqualTo(compiled(qs));
            }
            assertThat(cached(sameFilterOtherColumns.get(1)).text()).isNotEqualTo(cached(sameFilterOtherColumns.get(0)).text());
        }
    }

    private static Author ursula() {
        return Author.objects.create(a -> {
            a.name = "Ursula";
            a.born = LocalDate.of(1929, 10, 21);
        });
    }
}
