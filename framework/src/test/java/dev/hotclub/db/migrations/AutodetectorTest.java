package dev.hotclub.db.migrations;

import dev.hotclub.db.migrations.operations.AddField;
import dev.hotclub.db.migrations.operations.CreateModel;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.hotclub.db.migrations.Fields.*;
import static org.assertj.core.api.Assertions.assertThat;

/** What the autodetector writes for states that need care: order, cycles, other apps, Meta. */
class AutodetectorTest {
    private static Map<String, Autodetector.AppChanges> changes(ProjectState from, ProjectState to) {
        return new Autodetector(from, to, Questioner.nonInteractive()).changes(Set.of());
    }

    private static List<String> described(Autodetector.AppChanges changes) {
        return changes.operations().stream().map(Operation::describe).toList();
    }

    @Test
    void newModelsAreCreatedAfterTheModelsTheirForeignKeysPointAt() {
        ModelState choice = ModelState.of("polls", "Choice", List.of(bigAutoField("id"),
                foreignKey("question", "polls.Question", OnDelete.CASCADE)));
        ModelState question = ModelState.of("polls", "Question", List.of(bigAutoField("id"),
                foreignKey("parent", "polls.Question", OnDelete.CASCADE).nullable()));
        var changes = changes(ProjectState.empty(), ProjectState.of(List.of(choice, question)));
        assertThat(described(changes.get("polls"))).containsExactly("Create model Question", "Create model Choice");
    }

    @Test
    void aCycleOfForeignKeysBecomesAnAddFieldAfterBothModels() {
        ModelState a = ModelState.of("app", "A", List.of(bigAutoField("id"),
                foreignKey("b", "app.B", OnDelete.CASCADE).nullable()));
        ModelState b = ModelState.of("app", "B", List.of(bigAutoField("id"),
                foreignKey("a", "app.A", OnDelete.CASCADE).nullable()));
        var operations = changes(ProjectState.empty(), ProjectState.of(List.of(a, b))).get("app").operations();
        assertThat(operations).hasSize(3);
        assertThat(operations.get(0)).isInstanceOf(CreateModel.class);
        assertThat(operations.get(1)).isInstanceOf(CreateModel.class);
        assertThat(operations.get(2)).isInstanceOf(AddField.class);
        ProjectState replayed = ProjectState.empty();
        for (Operation operation : operations) {
            replayed = operation.stateForwards("app", replayed);
        }
        assertThat(replayed.model("app.a").fields()).isEqualTo(a.fields());
        assertThat(replayed.model("app.b").fields()).isEqualTo(b.fields());
    }

    @Test
    void aForeignKeyToAnotherAppMakesThatAppADependency() {
        ModelState person = ModelState.of("accounts", "Person", List.of(bigAutoField("id")));
        ModelState question = ModelState.of("polls", "Question", List.of(bigAutoField("id"),
                foreignKey("author", "accounts.Person", OnDelete.PROTECT)));
        var changes = changes(ProjectState.empty(), ProjectState.of(List.of(person, question)));
        assertThat(changes.get("polls").dependsOnApps()).containsExactly("accounts");
        assertThat(changes.get("accounts").dependsOnApps()).isEmpty();
    }

    @Test
    void metaChangesBecomeTheirOperations() {
        ModelState before = ModelState.of("polls", "Question", List.of(bigAutoField("id"), charField("text", 200),
                integerField("score")));
        ModelState after = before.withOrdering(List.of("-score"))
                .withIndexes(List.of(index("q_score_idx", "score")))
                .withConstraints(List.of(check("score_positive", "\"score\" >= 0")))
                .withUniqueTogether(List.of(List.of("text", "score")));
        var changes = changes(ProjectState.of(List.of(before)), ProjectState.of(List.of(after)));
        assertThat(described(changes.get("polls"))).containsExactly(
                "Alter unique_together for question (1 constraint(s))",
                "Create index q_score_idx on field(s) score of model question",
                "Create constraint score_positive on model question",
                "Change Meta options on question");
        var back = changes(ProjectState.of(List.of(after)), ProjectState.of(List.of(before)));
        assertThat(described(back.get("polls"))).containsExactly(
                "Remove index q_score_idx from question", "Remove constraint score_positive from model question",
                "Alter unique_together for question (0 constraint(s))", "Change Meta options on question");
    }

    @Test
    void fieldsAreWrittenAsTheirShortestFactoryCalls() {
        ModelState model = ModelState.of("shop", "Product", List.of(
                bigAutoField("id"), charField("name", 100).unique(), decimalField("price", 8, 2).nullable(),
                slugField("slug").dbIndex(false), textField("notes").blank().withDefault("It's \"fine\"\n"),
                foreignKey("maker", "shop.Product", OnDelete.SET_NULL).nullable().relatedName("made"),
                manyToManyField("related", "shop.Product"), booleanField("active").withDefault(true),
                floatField("weight").withDefault(1.0), bigIntegerField("stock").withDefault(10_000_000_000L)))
                .withDbTable("products").withOrdering(List.of("name"));
        String source = CreateModel.of(model).toJava();
        assertThat(source).contains("charField(\"name\", 100).unique()", "slugField(\"slug\").dbIndex(false)",
                "textField(\"notes\").blank().withDefault(\"It's \\\"fine\\\"\\n\")",
                "foreignKey(\"maker\", \"shop.product\", SET_NULL).nullable().relatedName(\"made\")",
                "bigIntegerField(\"stock\").withDefault(10000000000L)", ".dbTable(\"products\")",
                ".ordering(\"name\")");
    }

    @Test
    void deletedModelsGoBeforeTheModelsTheyPointAtSoThatUndoingRecreatesTargetsFirst() {
        ModelState question = ModelState.of("polls", "Question", List.of(bigAutoField("id")));
        ModelState choice = ModelState.of("polls", "Choice", List.of(bigAutoField("id"),
                foreignKey("question", "polls.Question", OnDelete.CASCADE)));
        var changes = changes(ProjectState.of(List.of(question, choice)), ProjectState.empty());
        assertThat(described(changes.get("polls"))).containsExactly("Delete model Choice", "Delete model Question");
    }
}
