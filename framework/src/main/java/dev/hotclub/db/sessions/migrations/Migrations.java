package dev.hotclub.db.sessions.migrations;

import dev.hotclub.db.migrations.Migration;
import dev.hotclub.db.migrations.MigrationIndex;
import java.util.List;

/** The migrations of Django's app 'sessions', whose table DatabaseSessionStore keeps the sessions in. */
public final class Migrations implements MigrationIndex {
    @Override
    public List<Migration> migrations() {
        return List.of(new Migration0001Initial());
    }
}
