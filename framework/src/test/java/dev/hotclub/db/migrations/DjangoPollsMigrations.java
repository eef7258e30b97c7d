package dev.hotclub.db.migrations;

import dev.hotclub.db.migrations.operations.AddConstraint;
import dev.hotclub.db.migrations.operations.AddField;
import dev.hotclub.db.migrations.operations.AddIndex;
import dev.hotclub.db.migrations.operations.AlterField;
import dev.hotclub.db.migrations.operations.CreateModel;
import dev.hotclub.db.migrations.operations.RemoveField;
import dev.hotclub.db.migrations.operations.RenameField;

import java.util.List;

import static dev.hotclub.db.migrations.Fields.*;
import static dev.hotclub.db.migrations.OnDelete.CASCADE;
import static dev.hotclub.db.migrations.OnDelete.SET_NULL;

/** The two migrations Django 3.2's makemigrations wrote for the reference models, operation for operation. */
final class DjangoPollsMigrations {
    private DjangoPollsMigrations() {
    }

    static final class Initial extends Migration {
        Initial() {
            super("polls", "0001_initial");
            operations(
                    new CreateModel("Choice", List.of(
                            bigAutoField("id"),
                            charField("choice_text", 200),
                            integerField("votes").withDefault(0))),
                    new CreateModel("Question", List.of(
                            bigAutoField("id"),
                            charField("question_text", 200),
                            dateTimeField("pub_date"),
                            slugField("slug").unique(),
                            textField("body").nullable().blank(),
                            decimalField("rating", 5, 2).withDefault(0),
                            floatField("score").withDefault(1.5),
                            booleanField("flag").withDefault(false),
                            dateField("day").nullable(),
                            timeField("at").nullable(),
                            durationField("dur").nullable(),
                            uuidField("uid").nullable(),
                            jsonField("data").nullable(),
                            binaryField("blob").nullable(),
                            positiveIntegerField("pos").withDefault(0),
                            smallIntegerField("small").dbIndex().withDefault(0),
                            bigIntegerField("big").withDefault(0),
                            emailField("email").withDefault("")))
                            .ordering("-pub_date"),
                    new CreateModel("Tag", List.of(
                            bigAutoField("id"),
                            charField("name", 50),
                            manyToManyField("questions", "polls.Question"))),
                    new AddIndex("question", index("q_text_date_idx", "question_text", "pub_date")),
                    new AddConstraint("question", check("score_gte_0", "\"score\" >= 0.0")),
                    new AddConstraint("question", unique("uniq_text_day", "question_text", "day")),
                    new AddField("choice", foreignKey("question", "polls.question", CASCADE)));
        }
    }

    static final class Second extends Migration {
        Second() {
            super("polls", "0002_second");
            dependsOn("polls", "0001_initial");
            operations(
                    new RemoveField("question", "body"),
                    new AddField("choice", charField("code", 10).nullable().unique()),
                    new AddField("choice", foreignKey("owner", "polls.tag", SET_NULL).nullable()),
                    new AddField("choice", integerField("rank").withDefault(7)),
                    new AlterField("choice", charField("choice_text", 200).dbIndex()),
                    new AlterField("question", charField("question_text", 300)));
        }
    }

    /** Django's 0003 without its RenameModel, whose sqlmigrate output depends on tables sqlmigrate never created. */
    static final class Third extends Migration {
        Third() {
            super("polls", "0003_third");
            dependsOn("polls", "0002_second");
            operations(
                    new RenameField("choice", "choice_text", "text"),
                    new AlterField("choice", charField("code", 10).withDefault("x")),
                    new AlterField("choice", positiveIntegerField("votes").withDefault(0)),
                    new AlterField("question", bigIntegerField("big").withDefault(0).nullable()),
                    new AlterField("question", emailField("email").withDefault("").unique()),
                    new AlterField("question", smallIntegerField("small").withDefault(0)));
        }
    }
}
