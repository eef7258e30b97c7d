package dev.hotclub.db.migrations;

import dev.hotclub.db.migrations.Migration.Key;
import dev.hotclub.db.migrations.operations.AddField;
import dev.hotclub.db.migrations.operations.CreateModel;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Plans and applies migrations (Django's {@code MigrationExecutor}). Each migration runs in its own transaction
 * with the row in {@link MigrationRecorder#TABLE}: a failure leaves the schema, the data and the record as they
 * were. On PostgreSQL the whole run holds an advisory lock, so a second {@code migrate} started meanwhile waits
 * and then finds the migrations applied. On SQLite foreign keys are checked with {@code PRAGMA foreign_key_check}
 * before each commit, since a table rebuild runs with them off, as in Django.
 */
public final class MigrationExecutor {
    /** The advisory lock's key: "hotclub migrate" as a number. */
    static final long ADVISORY_LOCK = 0x686f74636c7562L;

    /** A migration to apply ({@code backwards} false) or unapply. */
    public record Step(Migration migration, boolean backwards) {
        @Override
        public String toString() {
            return (backwards ? "Unapply " : "Apply ") + migration.key();
        }
    }

    /** Where to migrate an app: to migration {@code name}, or with {@code name} null to zero (nothing applied). */
    public record Target(String app, String name) {
        public static Target zero(String app) {
            return new Target(app, null);
        }
    }

    /** {@code fake}: record without running; {@code fakeInitial}: record initial migrations whose tables exist. */
    public record Options(boolean fake, boolean fakeInitial) {
        public static final Options NONE = new Options(false, false);
    }

    /** What happened to one step: OK, FAKED. */
    public record Progress(Step step, String outcome) {
    }

    private final Connection connection;
    private final MigrationLoader loader;
    private final Vendor vendor;

    public MigrationExecutor(Connection connection, MigrationLoader loader) {
        this.connection = connection;
        this.loader = loader;
        this.vendor = Vendor.of(connection);
    }

    public MigrationLoader loader() {
        return loader;
    }

    public Set<Key> applied() throws SQLException {
        return new MigrationRecorder(connection).applied();
    }

    /** Targets for "every app to its latest migration". */
    public List<Target> latestTargets() {
        return loader.graph().leafNodes().stream().map(k -> new Target(k.app(), k.name())).toList();
    }

    /** Django's {@code migration_plan}: what to apply or unapply, in order, to reach the targets. */
    public List<Step> plan(List<Target> targets, Set<Key> alreadyApplied) {
        MigrationGraph graph = loader.graph();
        Set<Key> applied = new HashSet<>(alreadyApplied);
        List<Step> plan = new ArrayList<>();
        for (Target target : targets) {
            if (target.name() == null) {
                for (Key root : graph.rootNodes(target.app())) {
                    for (Key key : graph.backwardsPlan(root)) {
                        if (applied.remove(key)) {
                            plan.add(new Step(graph.migration(key), true));
                        }
                    }
                }
                continue;
            }
            Key key = new Key(target.app(), target.name());
            if (applied.contains(key)) {
                // Roll back only through the target's children in its own app, not its other-app dependencies.
                for (Key child : graph.backwardsPlan(key)) {
                    if (child.equals(key) || !child.app().equals(key.app())
                            || !graph.migration(child).dependencies().contains(key)) {
                        continue;
                    }
                    for (Key dependent : graph.backwardsPlan(child)) {
                        if (applied.remove(dependent)) {
                            plan.add(new Step(graph.migration(dependent), true));
                        }
                    }
                }
            } else {
                for (Key needed : graph.forwardsPlan(key)) {
                    if (applied.add(needed)) {
                        plan.add(new Step(graph.migration(needed), false));
                    }
                }
            }
        }
        return plan;
    }

    /**
     * Migrates to the targets and returns what was done. Stops before running anything when a step would unapply
     * an irreversible operation.
     */
    public List<Progress> migrate(List<Target> targets, Options options, Consumer<Progress> listener)
            throws SQLException {
        return migrate(targets, options, step -> { }, listener);
    }

    /** As above, telling {@code starting} about each step before it runs (migrate prints "Applying x..."). */
    public List<Progress> migrate(List<Target> targets, Options options, Consumer<Step> starting,
                                  Consumer<Progress> listener) throws SQLException {
        checkNoConflicts();
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(true);
        lock();
        try {
            MigrationRecorder recorder = new MigrationRecorder(connection);
            recorder.ensureTable();
            List<Step> plan = plan(targets, recorder.applied());
            checkReversible(plan);
            List<Progress> done = new ArrayList<>();
            for (Step step : plan) {
                starting.accept(step);
                String outcome = run(step, options, recorder);
                Progress progress = new Progress(step, outcome);
                done.add(progress);
                listener.accept(progress);
            }
            return done;
        } finally {
            unlock();
            connection.setAutoCommit(autoCommit);
        }
    }

    /** Django's message for two leaves in one app, telling how to merge them. */
    public void checkNoConflicts() {
        var conflicts = loader.graph().conflicts();
        if (!conflicts.isEmpty()) {
            throw new MigrationError(conflictMessage(conflicts));
        }
    }

    static String conflictMessage(java.util.Map<String, List<Key>> conflicts) {
        List<String> parts = new ArrayList<>();
        conflicts.forEach((app, leaves) -> parts.add(String.join(", ",
                leaves.stream().map(Key::name).toList()) + " in " + app));
        return "Conflicting migrations detected; multiple leaf nodes in the migration graph: ("
                + String.join("; ", parts) + ").\nTo fix them run './manage makemigrations --merge'";
    }

    private void checkReversible(List<Step> plan) {
        for (Step step : plan) {
            if (!step.backwards()) {
                continue;
            }
            for (Operation operation : step.migration().operations()) {
                if (!operation.reversible()) {
                    throw new MigrationError("Operation " + operation.describe() + " in " + step.migration().key()
                            + " is not reversible: nothing was unapplied. Give the operation a reverse (RunSQL's"
                            + " reverse SQL, RunJava's backwards code, RunSQL.NOOP/RunJava.NOOP when nothing needs"
                            + " undoing), or migrate back no further than " + step.migration().key() + ".");
                }
            }
        }
    }

    private String run(Step step, Options options, MigrationRecorder recorder) throws SQLException {
        Migration migration = step.migration();
        if (options.fake() || (!step.backwards() && options.fakeInitial() && softApplied(migration))) {
            if (step.backwards()) {
                recorder.recordUnapplied(migration.key());
            } else {
                recorder.recordApplied(migration.key());
            }
            return "FAKED";
        }
        if (vendor == Vendor.SQLITE) {
            pragma("PRAGMA foreign_keys = OFF");
        }
        connection.setAutoCommit(false);
        try {
            SchemaEditor editor = SchemaEditor.create(vendor, connection);
            if (step.backwards()) {
                unapply(migration, editor);
                recorder.recordUnapplied(migration.key());
            } else {
                apply(migration, editor);
                recorder.recordApplied(migration.key());
            }
            if (vendor == Vendor.SQLITE) {
                checkForeignKeys(migration);
            }
            connection.commit();
            return "OK";
        } catch (RuntimeException | SQLException e) {
            connection.rollback();
            throw new MigrationError((step.backwards() ? "Unapplying " : "Applying ") + migration.key()
                    + " failed and was rolled back (schema, data and migration records are as before): "
                    + e.getMessage(), e);
        } finally {
            connection.setAutoCommit(true);
            if (vendor == Vendor.SQLITE) {
                pragma("PRAGMA foreign_keys = ON");
            }
        }
    }

    /** Runs a migration's operations forwards on the editor (also how sqlmigrate collects SQL). */
    public static void apply(Migration migration, SchemaEditor editor, ProjectState before) {
        apply(migration, editor, before, operation -> false);
    }

    /** As {@link #apply(Migration, SchemaEditor, ProjectState)}, running no SQL for the operations {@code skip} names. */
    public static void apply(Migration migration, SchemaEditor editor, ProjectState before,
                             java.util.function.Predicate<Operation> skip) {
        ProjectState state = before;
        for (Operation operation : migration.operations()) {
            ProjectState after = MigrationGraph.apply(migration, operation, state);
            if (!skip.test(operation)) {
                operation.databaseForwards(migration.app(), editor, state, after);
            }
            state = after;
        }
        editor.flushDeferred();
    }

    /** Runs a migration's operations backwards, last first. */
    public static void unapply(Migration migration, SchemaEditor editor, ProjectState before) {
        unapply(migration, editor, before, operation -> false);
    }

    public static void unapply(Migration migration, SchemaEditor editor, ProjectState before,
                               java.util.function.Predicate<Operation> skip) {
        List<ProjectState> states = new ArrayList<>();
        ProjectState state = before;
        states.add(state);
        for (Operation operation : migration.operations()) {
            state = MigrationGraph.apply(migration, operation, state);
            states.add(state);
        }
        List<Operation> operations = migration.operations();
        for (int i = operations.size() - 1; i >= 0; i--) {
            if (!skip.test(operations.get(i))) {
                operations.get(i).databaseBackwards(migration.app(), editor, states.get(i + 1), states.get(i));
            }
        }
        editor.flushDeferred();
    }

    private void apply(Migration migration, SchemaEditor editor) {
        apply(migration, editor, loader.graph().stateBefore(migration.key()), loader::swappedOut);
    }

    private void unapply(Migration migration, SchemaEditor editor) {
        unapply(migration, editor, loader.graph().stateBefore(migration.key()), loader::swappedOut);
    }

    /** An initial migration whose tables and columns all exist already ({@code --fake-initial}). */
    private boolean softApplied(Migration migration) throws SQLException {
        if (!migration.initial()) {
            return false;
        }
        SchemaIntrospector introspector = SchemaIntrospector.of(connection);
        ProjectState state = loader.graph().stateBefore(migration.key());
        boolean found = false;
        for (Operation operation : migration.operations()) {
            ProjectState after = MigrationGraph.apply(migration, operation, state);
            if (loader.swappedOut(operation)) {
                state = after;
                continue;
            }
            if (operation instanceof CreateModel create) {
                if (!introspector.hasTable(after.model(migration.app(), create.name()).table())) {
                    return false;
                }
                found = true;
            } else if (operation instanceof AddField add) {
                ModelState model = after.model(migration.app(), add.modelName());
                if (add.field().hasColumn() && introspector.table(model.table()).column(add.field().column())
                        .isEmpty()) {
                    return false;
                }
                found = true;
            }
            state = after;
        }
        return found;
    }

    private void checkForeignKeys(Migration migration) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA foreign_key_check")) {
            if (rows.next()) {
                throw new MigrationError("Migration " + migration.key() + " leaves a row of table "
                        + rows.getString(1) + " (rowid " + rows.getLong(2) + ") pointing at a missing row of "
                        + rows.getString(3) + ": foreign key check failed.");
            }
        }
    }

    private void pragma(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private void lock() throws SQLException {
        if (vendor == Vendor.POSTGRESQL) {
            pragma("SELECT pg_advisory_lock(" + ADVISORY_LOCK + ")");
        }
    }

    private void unlock() throws SQLException {
        if (vendor == Vendor.POSTGRESQL) {
            pragma("SELECT pg_advisory_unlock(" + ADVISORY_LOCK + ")");
        }
    }
}
