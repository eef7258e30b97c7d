package dev.hotclub.db;

import static dev.hotclub.db.TestDatabase.assertNumQueries;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hotclub.db.models.Count;
import dev.hotclub.db.models.DoesNotExist;
import dev.hotclub.db.models.F;
import dev.hotclub.db.models.FieldError;
import dev.hotclub.db.models.MultipleObjectsReturned;
import dev.hotclub.db.models.Q;
import dev.hotclub.db.models.Sum;
import dev.hotclub.db.polls.Choice;
import dev.hotclub.db.polls.Question;
import dev.hotclub.db.TestDatabase;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Django's polls tutorial, part 2's shell session, on both backends. */
class PollsTest {
    private static final Instant NOW = Instant.parse("2024-05-06T07:08:09.123456Z");

    private static Question question(String text, Instant pubDate) {
        return Question.objects.create(q -> {
            q.questionText = text;
            q.pubDate = pubDate;
        });
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void theTutorialShellSession(Vendor vendor) {
        try (TestDatabase.TestCase ignored = Backends.use(vendor)) {
            assertThat(Question.objects.all().list()).isEmpty();
            Question q = new Question();
            q.questionText = "What's new?";
            q.pubDate = NOW;
            q.save();
            assertThat(q.id).isNotNull();
            assertThat(q.questionText).isEqualTo("What's new?");
            q.questionText = "What's up?";
            q.save();
            assertThat(Question.objects.all().list()).extracting(Object::toString).containsExactly("What's up?");

            assertThat(Question.objects.filter("id", q.id).list()).containsExactly(q);
            assertThat(Question.objects.filter("questionText__startswith", "What").list()).containsExactly(q);
            assertThat(Question.objects.get("pubDate__year", 2024)).isEqualTo(q);
            assertThatThrownBy(() -> Question.objects.get("id", q.id + 1)).isInstanceOf(DoesNotExist.class)
                    .hasMessage("Question matching query does not exist.");
            assertThat(Question.objects.get("pk", q.id).pubDate).isEqualTo(NOW);

            assertThat(q.choiceSet().all().list()).isEmpty();
            q.choiceSet().create(c -> { c.choiceText = "Not much"; c.votes = 0; });
            q.choiceSet().create(c -> { c.choiceText = "The sky"; c.votes = 0; });
            Choice c = q.choiceSet().create(c2 -> { c2.choiceText = "Just hacking again"; c2.votes = 0; });
            assertThat(c.question.get()).isEqualTo(q);
            assertThat(q.choiceSet().all().list()).hasSize(3);
            assertThat(q.choiceSet().count()).isEqualTo(3);
            assertThat(Choice.objects.filter("question__pubDate__year", 2024).count()).isEqualTo(3);
            c = q.choiceSet().filter("choiceText__startswith", "Just hacking").get();
            assertThat(c.delete().toString()).isEqualTo("(1, {polls.Choice=1})");
            assertThat(q.choiceSet().count()).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void buildingAQuerySetRunsNoQueryAndReadingItRunsOne(Vendor vendor) {
        try (TestDatabase.TestCase ignored = Backends.use(vendor)) {
            question("a", NOW);
            assertNumQueries(0, () -> Question.objects.filter("questionText", "a").exclude("pubDate__year", 2000).orderBy("-id"));
            assertNumQueries(1, () -> Question.objects.filter("questionText", "a").exclude("pubDate__year", 2000).list());
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void metaOrderingIsTheDefaultAndOrderByReplacesIt(Vendor vendor) {
        try (TestDatabase.TestCase ignored = Backends.use(vendor)) {
            question("old", NOW.minus(2, ChronoUnit.DAYS));
            question("new", NOW);
            question("middle", NOW.minus(1, ChronoUnit.DAYS));
            assertThat(Question.objects.all().list()).extracting(Object::toString).containsExactly("new", "middle", "old");
            assertThat(Question.objects.orderBy("pubDate").list()).extracting(Object::toString).containsExactly("old", "middle", "new");
            assertThat(Question.objects.orderBy("questionText").slice(1, 3).list()).extracting(Object::toString)
                    .containsExactly("new", "old");
            assertThat(Question.objects.first().orElseThrow().questionText).isEqualTo("new");
            assertThat(Question.objects.last().orElseThrow().questionText).isEqualTo("old");
            assertThat(Question.objects.index(1).questionText).isEqualTo("middle");
            assertThat(Question.objects.filter("questionText", "none").first()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void getRaisesMultipleObjectsReturned(Vendor vendor) {
        try (TestDatabase.TestCase ignored = Backends.use(vendor)) {
            question("a", NOW);
            question("b", NOW);
            assertThatThrownBy(() -> Question.objects.get("pubDate", NOW)).isInstanceOf(MultipleObjectsReturned.class)
                    .hasMessage("get() returned more than one Question -- it returned 2!");
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void aReverseForeignKeyFilterReturnsOneRowPerMatchingChildUnlessDistinct(Vendor vendor) {
        try (TestDatabase.TestCase ignored = Backends.use(vendor)) {
            Question q = question("q", NOW);
            question("other", NOW);
            for (int votes : new int[] {4, 5, 1}) {
                q.choiceSet().create(c -> { c.choiceText = "c" + votes; c.votes = votes; });
            }
            assertThat(Question.objects.filter("choice__votes__gte", 4).list()).containsExactly(q, q);
            assertThat(Question.objects.filter("choice__votes__gte", 4).distinct().list()).containsExactly(q);
            assertThat(Question.objects.filter("choice__votes__gte", 4).distinct().count()).isEqualTo(1);
            assertThat(Question.objects.exclude("choice__votes__gte", 4).list()).extracting(Object::toString).containsExactly("other");
            // One filter() call: the same choice must match both; two calls: any choice each.
            assertThat(Question.objects.filter("choice__votes__gte", 4, "choice__votes__lte", 1).count()).isZero();
            assertThat(Question.objects.filter("choice__votes__gte", 4).filter("choice__votes__lte", 1).count()).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void updateWithFIsComputedInSqlAndReturnsTheRowsMatched(Vendor vendor) {
        try (TestDatabase.TestCase ignored = Backends.use(vendor)) {
            Question q = question("q", NOW);
            Choice a = q.choiceSet().create(c -> { c.choiceText = "a"; c.votes = 1; });
            q.choiceSet().create(c -> { c.choiceText = "b"; c.votes = 7; });
            assertThat(Choice.objects.filter("question", q).update("votes", F.of("votes").plus(1))).isEqualTo(2);
            a.refreshFromDb();
            assertThat(a.votes).isEqualTo(2);
            assertThat(Choice.objects.filter("question__questionText", "q").update("votes", 0)).isEqualTo(2);
            assertThat(Choice.objects.aggregate(Sum.of("votes"))).isEqualTo(Map.of("votes__sum", 0L));
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void aggregatesAndAnnotations(Vendor vendor) {
        try (TestDatabase.TestCase ignored = Backends.use(vendor)) {
            Question q = question("q", NOW);
            Question empty = question("empty", NOW.minusSeconds(5));
            q.choiceSet().create(c -> { c.choiceText = "a"; c.votes = 3; });
            q.choiceSet().create(c -> { c.choiceText = "b"; c.votes = 4; });
            Map<String, Object> none = Choice.objects.filter("votes__gt", 100)
                    .aggregate(Sum.of("votes"), Count.of("id"), dev.hotclub.db.models.Avg.of("votes"));
            assertThat(none).containsEntry("votes__sum", null).containsEntry("id__count", 0L).containsEntry("votes__avg", null);
            Map<String, Object> all = Choice.objects.aggregate(Sum.of("votes"), dev.hotclub.db.models.Avg.of("votes"),
                    dev.hotclub.db.models.Max.of("votes"));
            assertThat(all).containsEntry("votes__sum", 7L).containsEntry("votes__avg", 3.5);
            assertThat(((Number) all.get("votes__max")).intValue()).isEqualTo(4);
            List<Question> counted = Question.objects.annotate("numChoices", Count.of("choice")).orderBy("-numChoices").list();
            assertThat(counted).extracting(x -> x.annotation("numChoices")).containsExactly(2L, 0L);
            assertThat(Question.objects.annotate("n", Count.of("choice")).filter("n__gt", 1).list()).containsExactly(q);
            assertThat(counted.get(1)).isEqualTo(empty);
            // Over a slice or distinct rows Django aggregates the subquery's rows.
            assertThat(Choice.objects.orderBy("-votes").slice(0, 1).aggregate(Sum.of("votes"))).containsEntry("votes__sum", 4L);
            assertThat(Choice.objects.filter("question__choice__votes__gte", 0).distinct().aggregate(Count.of("id")))
                    .containsEntry("id__count", 2L);
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void deletingQuestionsCascadesToTheirChoicesAndCountsPerModel(Vendor vendor) {
        try (TestDatabase.TestCase ignored = Backends.use(vendor)) {
            for (String text : List.of("a", "b")) {
                Question q = question(text, NOW);
                for (int i = 0; i < 3; i++) {
                    q.choiceSet().create(c -> c.choiceText = "x");
                }
            }
            question("kept", NOW.minusSeconds(1));
            var result = Question.objects.filter("questionText__in", List.of("a", "b")).delete();
            assertThat(result.total()).isEqualTo(8);
            assertThat(result.perModel()).containsExactly(Map.entry("polls.Choice", 6), Map.entry("polls.Question", 2));
            assertThat(Choice.objects.count()).isZero();
            assertThat(Question.objects.count()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void aMisspeltFieldNamesTheChoices(Vendor vendor) {
        // Not constants: -Xplugin:Hotclub would stop these at compile time; names built at run time are the ORM's to check.
        String misspeltField = String.join("__", "pubDat", "year");
        String misspeltLookup = String.join("__", "questionText", "startwith");
        try (TestDatabase.TestCase ignored = Backends.use(vendor)) {
            assertThatThrownBy(() -> Question.objects.filter(misspeltField, 2024).list()).isInstanceOf(FieldError.class)
                    .hasMessage("Cannot resolve keyword 'pubDat' into field. Choices are: choice, id, pubDate, questionText");
            assertThatThrownBy(() -> Question.objects.filter(misspeltLookup, "x").list()).isInstanceOf(FieldError.class)
                    .hasMessage("Unsupported lookup 'startwith' for CharField or join on the field not permitted.");
            // After a relation, a name that is no lookup is a misspelt field of the related model: its choices are listed.
            String acrossRelation = String.join("__", "question", "pubDat");
            assertThatThrownBy(() -> Choice.objects.filter(acrossRelation, 2024).list()).isInstanceOf(FieldError.class)
                    .hasMessage("Cannot resolve keyword 'pubDat' into field. Choices are: choice, id, pubDate, questionText");
            String acrossReverse = String.join("__", "choice", "vote");
            assertThatThrownBy(() -> Question.objects.filter(acrossReverse, 1).list()).isInstanceOf(FieldError.class)
                    .hasMessage("Cannot resolve keyword 'vote' into field. Choices are: choiceText, id, question, votes");
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void selectRelatedAndPrefetchRelatedSaveQueries(Vendor vendor) {
        try (TestDatabase.TestCase ignored = Backends.use(vendor)) {
            for (String text : List.of("a", "b", "c")) {
                Question q = question(text, NOW);
                q.choiceSet().create(c -> c.choiceText = text + "1");
                q.choiceSet().create(c -> c.choiceText = text + "2");
            }
            assertNumQueries(7, () -> Choice.objects.all().list().forEach(c -> c.question.get().questionText.length()));
            assertNumQueries(1, () -> Choice.objects.selectRelated("question").list().forEach(c -> c.question.get().questionText.length()));
            assertNumQueries(2, () -> Question.objects.prefetchRelated("choiceSet").list()
                    .forEach(q -> assertThat(q.choiceSet().all().list()).hasSize(2)));
            assertThat(Question.objects.filter(Q.of("questionText", "a").or(Q.of("questionText", "b"))).count()).isEqualTo(2);
            assertThat(Question.objects.filter(Q.of("questionText", "a").or(Q.of("questionText", "b")).not()).count()).isEqualTo(1);
        }
    }
}
