package dev.hotclub.db;

import static dev.hotclub.db.TestDatabase.assertNumQueries;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hotclub.db.library.Author;
import dev.hotclub.db.library.Book;
import dev.hotclub.db.library.Publisher;
import dev.hotclub.db.library.Review;
import dev.hotclub.db.library.Tag;
import dev.hotclub.db.models.Count;
import dev.hotclub.db.models.ProtectedError;
import dev.hotclub.db.models.RestrictedError;
import dev.hotclub.db.TestDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** on_delete, many-to-many and the related managers, on both backends. */
class RelationsTest {
    private static Author author(String name) {
        return Author.objects.create(a -> a.name = name);
    }

    private static Book book(String title, Author author) {
        return Book.objects.create(b -> {
            b.title = title;
            b.author.set(author);
        });
    }

    private static Tag tag(String slug) {
        return Tag.objects.create(t -> t.slug = slug);
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void setNullClearsTheReferenceAndCascadeDeletesTheBooks(Vendor vendor) {
        try (TestDatabase.TestCase ignored = Backends.use(vendor)) {
            Author writer = author("writer");
            Author editor = author("editor");
            Book a = book("a", writer);
            a.editor.set(editor);
            a.save();
            assertThat(editor.delete().toString()).isEqualTo("(1, {library.Author=1})");
            a.refreshFromDb();
            assertThat(a.editor.isNull()).isTrue();
            var result = writer.delete();
            assertThat(result.perModel()).isEqualTo(Map.of("library.Book", 1, "library.Author", 1));
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void protectRefusesBeforeDeletingAnything(Vendor vendor) {
        try (TestDatabase.TestCase ignored = Backends.use(vendor)) {
            Publisher p = Publisher.objects.create(x -> x.name = "Ace");
            Author w = author("w");
            Book b = book("b", w);
            b.publisher.set(p);
            b.save();
            assertThatThrownBy(p::delete).isInstanceOf(ProtectedError.class)
                    .hasMessage("Cannot delete some instances of model 'Publisher' because they are referenced through "
                            + "protected foreign keys: 'Book.publisher'.")
                    .satisfies(e -> assertThat(((ProtectedError) e).protectedObjects()).extracting(Object::toString).containsExactly("b"));
            assertThat(Publisher.objects.count()).isEqualTo(1);
            assertThat(Book.objects.count()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void restrictAllowsADeleteThatAlsoCascadesToTheRestrictingRows(Vendor vendor) {
        try (TestDatabase.TestCase ignored = Backends.use(vendor)) {
            Author w = author("w");
            Author other = author("other");
            Book b = book("b", w);
            Review.objects.create(r -> {
                r.book.set(b);
                r.author.set(other);
                r.text = "good";
            });
            assertThatThrownBy(b::delete).isInstanceOf(RestrictedError.class)
                    .hasMessage("Cannot delete some instances of model 'Book' because they are referenced through "
                            + "restricted foreign keys: 'Review.book'.");
            Review.objects.create(r -> {
                r.book.set(b);
                r.author.set(w);
                r.text = "mine";
            });
            assertThatThrownBy(w::delete).isInstanceOf(RestrictedError.class);
            Review.objects.filter("author", other).delete();
            var result = w.delete();
            assertThat(result.total()).isEqualTo(3);
            assertThat(Review.objects.count()).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void manyToManyAddRemoveSetClearAndLookups(Vendor vendor) {
        try (TestDatabase.TestCase ignored = Backends.use(vendor)) {
            Author w = author("w");
            Book a = book("a", w);
            Book b = book("b", w);
            Tag sf = tag("sf");
            Tag classic = tag("classic");
            Tag poetry = tag("poetry");
            a.tags.add(sf, classic);
            a.tags.add(sf);
            b.tags.add(classic);
            assertThat(a.tags.all().orderBy("slug").list()).containsExactly(classic, sf);
            assertThat(Book.objects.filter("tags__slug", "classic").list()).containsExactly(a, b);
            assertThat(Tag.objects.filter("books__title", "a").orderBy("slug").list()).containsExactly(classic, sf);
            assertThat(Book.objects.annotate("n", Count.of("tags")).orderBy("title").list())
                    .extracting(x -> x.annotation("n")).containsExactly(2L, 1L);
            a.tags.remove(sf);
            assertThat(a.tags.all().list()).containsExactly(classic);
            a.tags.set(List.of(poetry, sf));
            assertThat(a.tags.all().orderBy("slug").list()).containsExactly(poetry, sf);
            assertNumQueries(2, () -> Book.objects.prefetchRelated("tags").list()
                    .forEach(x -> assertThat(x.tags.all().list()).hasSize(x.title.equals("a") ? 2 : 1)));
            var result = a.delete();
            assertThat(result.perModel()).isEqualTo(Map.of("library.Book_tags", 2, "library.Book", 1));
            b.tags.clear();
            assertThat(b.tags.all().count()).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void relatedNameAndAddPointChildrenAtTheOwner(Vendor vendor) {
        try (TestDatabase.TestCase ignored = Backends.use(vendor)) {
            Author one = author("one");
            Author two = author("two");
            Book b = book("b", one);
            two.related(Book.class, "author").add(b);
            assertThat(b.author.id()).isEqualTo(two.id);
            assertThat(two.related(Book.class, "author").list()).containsExactly(b);
            assertThat(one.related(Book.class, "author").exists()).isFalse();
            assertThatThrownBy(() -> one.related(Book.class)).hasMessage(
                    "Book has 2 foreign keys to Author: name one with related(Book.class, \"author\").");
            assertThat(Book.objects.selectRelated("author", "editor").get("id", b.id).editor.get()).isNull();
        }
    }
}
