package dev.hotclub.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hotclub.conf.ImproperlyConfigured;
import dev.hotclub.db.Backends;
import dev.hotclub.db.TestDatabase;
import dev.hotclub.db.Vendor;
import dev.hotclub.db.library.Author;
import dev.hotclub.db.library.Book;
import dev.hotclub.db.library.Publisher;
import dev.hotclub.db.library.Tag;
import dev.hotclub.db.models.FieldError;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** ModelForm and the model choice fields on SQLite and PostgreSQL, compared with Django 3.2's answers. */
class ModelFormTest {

    static final class BookForm extends ModelForm<Book> {
        BookForm() {
            super(ModelFormMeta.of(Book.class).fields(ModelFormMeta.ALL_FIELDS));
        }
    }

    static final class PublisherForm extends ModelForm<Publisher> {
        PublisherForm() {
            super(ModelFormMeta.of(Publisher.class).fields("name"));
        }
    }

    private static Author author(String name) {
        return Author.objects.create(a -> a.name = name);
    }

    private static Tag tag(String slug) {
        return Tag.objects.create(t -> t.slug = slug);
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void fieldsComeFromTheModelAndRenderAsDjangos(Vendor vendor) {
        try (TestDatabase.TestCase ignored = Backends.use(vendor)) {
            Author ann = author("Ann");
            Author bob = author("Bob");
            Tag sf = tag("sf");
            Tag classic = tag("classic");
            BookForm form = new BookForm();
            assertThat(form.declaredFields().keySet())
                    .containsExactly("title", "author", "editor", "publisher", "pages", "rating", "price", "tags");
            String authors = "  <option value=\"\" selected>---------</option>\n\n  <option value=\"" + ann.id
                    + "\">Author object (" + ann.id + ")</option>\n\n  <option value=\"" + bob.id + "\">Author object (" + bob.id
                    + ")</option>\n\n";
            // Django 3.2's as_p() for the same model, labels from Django's default __str__ (pages aside: a Java int field
            // always has a value, 0 here).
            assertThat(form.asP().toString()).isEqualTo(String.join("\n",
                    "<p><label for=\"id_title\">Title:</label> <input type=\"text\" name=\"title\" maxlength=\"100\" required id=\"id_title\"></p>",
                    "<p><label for=\"id_author\">Author:</label> <select name=\"author\" required id=\"id_author\">",
                    authors + "</select></p>",
                    "<p><label for=\"id_editor\">Editor:</label> <select name=\"editor\" id=\"id_editor\">",
                    authors + "</select></p>",
                    "<p><label for=\"id_publisher\">Publisher:</label> <select name=\"publisher\" id=\"id_publisher\">",
                    "  <option value=\"\" selected>---------</option>\n\n</select></p>",
                    "<p><label for=\"id_pages\">Pages:</label> <input type=\"number\" name=\"pages\" value=\"0\" required id=\"id_pages\"></p>",
                    "<p><label for=\"id_rating\">Rating:</label> <input type=\"number\" name=\"rating\" id=\"id_rating\"></p>",
                    "<p><label for=\"id_price\">Price:</label> <input type=\"number\" name=\"price\" step=\"0.01\" id=\"id_price\"></p>",
                    "<p><label for=\"id_tags\">Tags:</label> <select name=\"tags\" required id=\"id_tags\" multiple>",
                    "  <option value=\"" + sf.id + "\">Tag object (" + sf.id + ")</option>\n\n  <option value=\""
                            + classic.id + "\">Tag object (" + classic.id + ")</option>\n\n</select></p>"));
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void invalidDataGetsDjangosMessages(Vendor vendor) {
        try (TestDatabase.TestCase ignored = Backends.use(vendor)) {
            Author ann = author("Ann");
            Tag sf = tag("sf");
            BookForm form = new BookForm().bind(Map.of("title", "", "pages", "x", "author", String.valueOf(ann.id + 99),
                    "tags", List.of(String.valueOf(sf.id), "x")));
            assertThat(form.isValid()).isFalse();
            assertThat(form.errors().asJson()).isEqualTo("{\"title\":[{\"message\":\"This field is required.\",\"code\":\"required\"}],"
                    + "\"author\":[{\"message\":\"Select a valid choice. That choice is not one of the available choices.\",\"code\":\"invalid_choice\"}],"
                    + "\"pages\":[{\"message\":\"Enter a whole number.\",\"code\":\"invalid\"}],"
                    + "\"tags\":[{\"message\":\"\u201cx\u201d is not a valid value.\",\"code\":\"invalid_pk_value\"}]}");
            long missing = sf.id + 99;
            form = new BookForm().bind(Map.of("title", "T", "pages", "3", "author", String.valueOf(ann.id),
                    "tags", List.of(String.valueOf(sf.id), String.valueOf(missing))));
            assertThat(form.errors().get("tags")).containsExactly(
                    "Select a valid choice. " + missing + " is not one of the available choices.");
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void aRoundTripCreatesEditsAndSavesManyToManyAfterSaveFalse(Vendor vendor) {
        try (TestDatabase.TestCase ignored = Backends.use(vendor)) {
            Author ann = author("Ann");
            Tag sf = tag("sf");
            Tag classic = tag("classic");
            BookForm form = new BookForm().bind(Map.of("title", "Dune", "pages", "412", "author", String.valueOf(ann.id),
                    "price", "9.50", "tags", List.of(String.valueOf(sf.id), String.valueOf(classic.id))));
            assertThat(form.errors()).isEmpty();
            Book dune = form.save();
            assertThat(dune.id).isNotNull();
            Book loaded = Book.objects.get("id", dune.id);
            assertThat(loaded.title).isEqualTo("Dune");
            assertThat(loaded.pages).isEqualTo(412);
            assertThat(loaded.rating).isNull();
            assertThat(loaded.price).isEqualByComparingTo("9.50");
            assertThat(loaded.author.id()).isEqualTo(ann.id);
            assertThat(loaded.editor.isNull()).isTrue();
            assertThat(loaded.tags.all().orderBy("slug").list()).extracting(t -> t.slug).containsExactly("classic", "sf");

            // Editing: the form shows the instance, and saves over it.
            BookForm edit = new BookForm().instance(loaded);
            assertThat(edit.get("title").value()).isEqualTo("Dune");
            assertThat(edit.get("tags").toString()).contains("<option value=\"" + sf.id + "\" selected>Tag object (" + sf.id + ")</option>");
            edit.bind(Map.of("title", "Dune Messiah", "pages", "256", "author", String.valueOf(ann.id), "rating", "4",
                    "tags", List.of(String.valueOf(sf.id))));
            Book unsaved = edit.save(false);
            assertThat(Book.objects.get("id", dune.id).title).isEqualTo("Dune");
            unsaved.editor.set(ann);
            unsaved.save();
            edit.saveM2m();
            Book again = Book.objects.get("id", dune.id);
            assertThat(again.title).isEqualTo("Dune Messiah");
            assertThat(again.rating).isEqualTo(4);
            assertThat(again.editor.id()).isEqualTo(ann.id);
            assertThat(again.tags.all().list()).extracting(t -> t.slug).containsExactly("sf");
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void uniqueChecksUseDjangosMessages(Vendor vendor) {
        try (TestDatabase.TestCase ignored = Backends.use(vendor)) {
            PublisherForm first = new PublisherForm().bind(Map.of("name", "Penguin"));
            Publisher penguin = first.save();
            PublisherForm twice = new PublisherForm().bind(Map.of("name", "Penguin"));
            assertThat(twice.errors().asJson()).isEqualTo(
                    "{\"name\":[{\"message\":\"Publisher with this Name already exists.\",\"code\":\"unique\"}]}");
            // Editing the same row is not a duplicate of itself.
            assertThat(new PublisherForm().instance(penguin).bind(Map.of("name", "Penguin")).isValid()).isTrue();

            Author ann = author("Ann");
            Map<String, Object> data = Map.of("title", "T", "pages", "3", "author", String.valueOf(ann.id),
                    "tags", List.of(String.valueOf(tag("x").id)));
            BookForm book = new BookForm().bind(data);
            book.save();
            assertThat(new BookForm().bind(data).errors().asJson()).isEqualTo("{\"__all__\":[{\"message\":"
                    + "\"Book with this Title and Author already exists.\",\"code\":\"unique_together\"}]}");

            assertThat(ModelForm.of(ModelFormMeta.of(Publisher.class).fields("name")
                    .errorMessage("name", "unique", "%(model_name)s %(field_label)s is taken."))
                    .bind(Map.of("name", "Penguin")).errors().get("name")).containsExactly("Publisher Name is taken.");
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void fieldsTheFormDoesNotEditAreNotValidatedAndOverridesApply(Vendor vendor) {
        try (TestDatabase.TestCase ignored = Backends.use(vendor)) {
            Author ann = author("Ann");
            ModelForm<Book> form = ModelForm.of(ModelFormMeta.of(Book.class).fields("title", "pages")
                    .label("title", "Book title").helpText("pages", "How many.")
                    .widget("title", () -> new dev.hotclub.forms.widgets.Textarea())
                    .errorMessage("title", "required", "A title, please."));
            assertThat(form.asP().toString()).isEqualTo("<p><label for=\"id_title\">Book title:</label> <textarea"
                    + " name=\"title\" cols=\"40\" rows=\"10\" maxlength=\"100\" required id=\"id_title\">\n</textarea></p>\n"
                    + "<p><label for=\"id_pages\">Pages:</label> <input type=\"number\" name=\"pages\" value=\"0\" required"
                    + " aria-describedby=\"id_pages_helptext\" id=\"id_pages\"> <span class=\"helptext\""
                    + " id=\"id_pages_helptext\">How many.</span></p>");
            form.bind(Map.of("title", "", "pages", "1"));
            assertThat(form.errors().get("title")).containsExactly("A title, please.");
            // The author is required by the model but not edited here: set it after save(false).
            ModelForm<Book> partial = ModelForm.of(ModelFormMeta.of(Book.class).exclude("author", "editor", "publisher", "tags"))
                    .bind(Map.of("title", "Solo", "pages", "1"));
            assertThat(partial.errors()).isEmpty();
            Book solo = partial.save(false);
            solo.author.set(ann);
            solo.save();
            partial.saveM2m();
            assertThat(Book.objects.get("title", "Solo").author.id()).isEqualTo(ann.id);
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void aChoiceOutsideTheQueryIsRejected(Vendor vendor) {
        try (TestDatabase.TestCase ignored = Backends.use(vendor)) {
            Author ann = author("Ann");
            Author bob = author("Bob");
            ModelChoiceField<Author> field = new ModelChoiceField<>(Author.objects.filter("name", "Ann"));
            assertThat(field.clean(String.valueOf(ann.id))).isEqualTo(ann);
            assertThatThrownBy(() -> field.clean(String.valueOf(bob.id))).isInstanceOf(ValidationError.class)
                    .hasMessageContaining("Select a valid choice. That choice is not one of the available choices.");
            assertThatThrownBy(() -> field.clean("x")).isInstanceOf(ValidationError.class)
                    .hasMessageContaining("Select a valid choice. That choice is not one of the available choices.");
            assertThatThrownBy(() -> field.clean("")).hasMessageContaining("This field is required.");
            ModelMultipleChoiceField<Author> many = new ModelMultipleChoiceField<>(Author.objects.all());
            assertThat(many.clean(List.of(String.valueOf(bob.id), String.valueOf(ann.id)))).containsExactlyInAnyOrder(ann, bob);
            assertThatThrownBy(() -> many.clean("1")).hasMessageContaining("Enter a list of values.");
        }
    }

    @org.junit.jupiter.api.Test
    void aFormNeedsFieldsOrExcludeAndRealFieldNames() {
        assertThatThrownBy(() -> ModelForm.of(ModelFormMeta.of(Book.class))).isInstanceOf(ImproperlyConfigured.class)
                .hasMessageStartingWith("Creating a ModelForm without either the 'fields' attribute or the 'exclude'"
                        + " attribute is prohibited; form BookForm needs updating.");
        assertThatThrownBy(() -> ModelForm.of(ModelFormMeta.of(Book.class).fields("titel", "x"))).isInstanceOf(FieldError.class)
                .hasMessage("Unknown field(s) (titel, x) specified for Book. Its fields are: title, author, editor,"
                        + " publisher, pages, rating, price, tags.");
        assertThatThrownBy(() -> ModelForm.of(ModelFormMeta.of(Book.class).fields("id"))).isInstanceOf(FieldError.class)
                .hasMessage("'id' cannot be specified for Book model form as it is a non-editable field");
        PublisherForm empty = new PublisherForm().bind(Map.of("name", ""));
        assertThatThrownBy(empty::save).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("The Publisher could not be created because the data didn't validate.");
    }

    @org.junit.jupiter.api.Test
    void everyFieldKindRendersAsDjangos() throws java.io.IOException {
        // Django 3.2's as_p() for the same model, all fields nullable but not blank (recorded into the resource);
        // the BigIntegerField aside: Django gives it the 64-bit min/max, a form IntegerField here is a Java int.
        String django = new String(getClass().getResourceAsStream("/forms/everything_model_form_django.html").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8).strip();
        ModelForm<dev.hotclub.db.library.Everything> form = ModelForm.of(ModelFormMeta.of(dev.hotclub.db.library.Everything.class)
                .exclude("big"));
        assertThat(form.asP().toString()).isEqualTo(django);
    }
}
