package dev.hotclub.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hotclub.db.Backends;
import dev.hotclub.db.TestDatabase;
import dev.hotclub.db.Vendor;
import dev.hotclub.db.library.Author;
import dev.hotclub.db.polls.Choice;
import dev.hotclub.db.polls.Question;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Model formsets and inline formsets on SQLite and PostgreSQL. */
class ModelFormSetTest {
    private static dev.hotclub.http.QueryDict posted(Map<String, ?> values) {
        Map<String, java.util.List<String>> lists = new LinkedHashMap<>();
        values.forEach((k, v) -> lists.put(k, java.util.List.of(String.valueOf(v))));
        return dev.hotclub.http.QueryDict.of(lists);
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void aModelFormSetEditsCreatesAndDeletesRows(Vendor vendor) {
        try (TestDatabase.TestCase ignored = Backends.use(vendor)) {
            Author ann = Author.objects.create(a -> a.name = "Ann");
            Author bob = Author.objects.create(a -> a.name = "Bob");
            ModelFormSet<Author> shown = ModelFormSet.of(ModelFormMeta.of(Author.class).fields("name"), Author.objects.all());
            shown.canDelete(true);
            assertThat(shown.forms()).hasSize(3);
            assertThat(shown.forms().get(0).asP().toString()).contains(
                    "<input type=\"text\" name=\"form-0-name\" value=\"Ann\" maxlength=\"50\" required id=\"id_form-0-name\">",
                    "<input type=\"hidden\" name=\"form-0-id\" value=\"" + ann.id + "\" id=\"id_form-0-id\">");
            assertThat(shown.managementForm().toString()).contains("name=\"form-INITIAL_FORMS\" value=\"2\"");

            Map<String, String> data = new LinkedHashMap<>(Map.of("form-TOTAL_FORMS", "3", "form-INITIAL_FORMS", "2",
                    "form-0-id", String.valueOf(ann.id), "form-0-name", "Ann B",
                    "form-1-id", String.valueOf(bob.id), "form-1-name", "Bob", "form-1-DELETE", "on"));
            data.put("form-2-id", "");
            data.put("form-2-name", "Cy");
            ModelFormSet<Author> posted = ModelFormSet.of(ModelFormMeta.of(Author.class).fields("name"), Author.objects.all());
            posted.canDelete(true);
            posted.bind(posted(data));
            assertThat(posted.isValid()).isTrue();
            assertThat(posted.save()).extracting(a -> a.name).containsExactly("Ann B", "Cy");
            assertThat(Author.objects.all().list()).extracting(a -> a.name).containsExactly("Ann B", "Cy");

            // A posted id outside the query is refused: the formset edits only the rows it shows.
            data.put("form-0-id", String.valueOf(ann.id + 1000));
            data.remove("form-1-DELETE");
            ModelFormSet<Author> tampered = ModelFormSet.of(ModelFormMeta.of(Author.class).fields("name"),
                    Author.objects.filter("name", "Ann B"));
            tampered.bind(posted(data));
            assertThat(tampered.isValid()).isFalse();
            assertThat(tampered.forms().get(0).errors().get("id"))
                    .containsExactly("Select a valid choice. That choice is not one of the available choices.");
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void anInlineFormSetEditsAParentsChildren(Vendor vendor) {
        try (TestDatabase.TestCase ignored = Backends.use(vendor)) {
            Question q = Question.objects.create(x -> {
                x.questionText = "What's up?";
                x.pubDate = Instant.now();
            });
            Choice sky = q.choiceSet().create(c -> c.choiceText = "The sky");
            ModelFormSet<Choice> shown = ModelFormSet.inline(q, ModelFormMeta.of(Choice.class).fields("choiceText"));
            assertThat(shown.forms()).hasSize(2);
            assertThat(shown.forms().get(0).declaredFields().keySet()).containsExactly("choiceText", "id");
            ModelFormSet<Choice> posted = ModelFormSet.inline(q, ModelFormMeta.of(Choice.class).exclude("votes"));
            posted.bind(posted(Map.of("form-TOTAL_FORMS", "2", "form-INITIAL_FORMS", "1",
                    "form-0-id", String.valueOf(sky.id), "form-0-choiceText", "The sky!",
                    "form-1-id", "", "form-1-choiceText", "Not much")));
            assertThat(posted.isValid()).isTrue();
            posted.save();
            assertThat(q.choiceSet().orderBy("id").list()).extracting(c -> c.choiceText).containsExactly("The sky!", "Not much");

            Question unsaved = new Question();
            assertThatThrownBy(() -> ModelFormSet.inline(unsaved, ModelFormMeta.of(Choice.class).fields("choiceText")))
                    .hasMessage("Save the Question before editing its choices in an inline formset.");
            assertThatThrownBy(() -> ModelFormSet.inline(q, ModelFormMeta.of(Author.class).fields("name")))
                    .hasMessage("'library.Author' has no ForeignKey to 'polls.Question'.");
        }
    }
}
