package dev.hotclub.db.migrations;

import dev.hotclub.db.migrations.operations.AddField;
import dev.hotclub.db.migrations.operations.AlterField;
import dev.hotclub.db.migrations.operations.CreateModel;
import dev.hotclub.db.migrations.operations.RunJava;
import dev.hotclub.db.migrations.operations.RunSQL;
import dev.hotclub.db.migrations.operations.RenameModel;

import java.util.List;

import static dev.hotclub.db.migrations.Fields.*;

/** Small hand-written migrations of an app "library" for the executor's behaviour. */
final class LibraryMigrations {
    private LibraryMigrations() {
    }

    static final class Initial extends Migration {
        Initial() {
            super("library", "0001_initial");
            operations(
                    new CreateModel("Author", List.of(bigAutoField("id"), charField("name", 100))),
                    new CreateModel("Book", List.of(
                            bigAutoField("id"),
                            charField("title", 100),
                            foreignKey("author", "library.Author", OnDelete.CASCADE))));
        }
    }

    static final class Pages extends Migration {
        Pages() {
            super("library", "0002_book_pages");
            dependsOn("library", "0001_initial");
            operations(new AddField("book", integerField("pages").withDefault(0)));
        }
    }

    /** Alters the schema, then fails: nothing of it may stay. */
    static final class Broken extends Migration {
        Broken() {
            super("library", "0003_broken");
            dependsOn("library", "0002_book_pages");
            operations(
                    new AddField("book", charField("isbn", 13).withDefault("")),
                    new AlterField("book", charField("title", 300)),
                    new RunSQL("UPDATE library_book SET title = 'changed'", RunSQL.NOOP),
                    new RunSQL("INSERT INTO no_such_table VALUES (1)", RunSQL.NOOP));
        }
    }

    /** Leaves a book pointing at an author that does not exist. */
    static final class Dangling extends Migration {
        Dangling() {
            super("library", "0003_dangling");
            dependsOn("library", "0002_book_pages");
            operations(new RunSQL("INSERT INTO library_book (id, title, author_id, pages) VALUES (99, 'x', 999, 1)",
                    RunSQL.NOOP));
        }
    }

    static final class Irreversible extends Migration {
        Irreversible() {
            super("library", "0003_shout");
            dependsOn("library", "0002_book_pages");
            operations(RunSQL.irreversible("UPDATE library_book SET title = UPPER(title)"));
        }
    }

    static final class AfterIrreversible extends Migration {
        AfterIrreversible() {
            super("library", "0004_book_year");
            dependsOn("library", "0003_shout");
            operations(new AddField("book", integerField("year").nullable()));
        }
    }

    /** A second leaf beside 0002_book_pages. */
    static final class OtherBranch extends Migration {
        OtherBranch() {
            super("library", "0002_author_email");
            dependsOn("library", "0001_initial");
            operations(new AddField("author", emailField("email").withDefault("")));
        }
    }

    /** Takes its time, so two migrate runs overlap. */
    static final class Slow extends Migration {
        Slow() {
            super("library", "0002_slow");
            dependsOn("library", "0001_initial");
            operations(new RunJava(migration -> Thread.sleep(700), RunJava.NOOP),
                    new AddField("book", integerField("pages").withDefault(0)));
        }
    }

    /** Renames the model a foreign key points at. */
    static final class RenameAuthor extends Migration {
        RenameAuthor() {
            super("library", "0003_rename_author_writer");
            dependsOn("library", "0002_book_pages");
            operations(new RenameModel("Author", "Writer"));
        }
    }
}
