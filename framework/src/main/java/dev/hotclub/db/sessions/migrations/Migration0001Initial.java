package dev.hotclub.db.sessions.migrations;

import static dev.hotclub.db.migrations.Fields.charField;
import static dev.hotclub.db.migrations.Fields.dateTimeField;
import static dev.hotclub.db.migrations.Fields.textField;

import dev.hotclub.db.migrations.Migration;
import dev.hotclub.db.migrations.operations.CreateModel;
import java.util.List;

/** Django 3.2's {@code sessions.0001_initial}: the table {@code django_session} that DatabaseSessionStore uses. */
public final class Migration0001Initial extends Migration {
    public Migration0001Initial() {
        super("sessions", "0001_initial");
        operations(
                new CreateModel("Session", List.of(
                        charField("session_key", 40).primaryKey(),
                        textField("session_data"),
                        dateTimeField("expire_date").dbIndex()))
                .dbTable("django_session")
                .verboseName("session", null));
    }
}
