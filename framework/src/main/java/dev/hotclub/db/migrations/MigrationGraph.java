package dev.hotclub.db.migrations;

import dev.hotclub.db.migrations.Migration.Key;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Migrations and their dependencies (Django's {@code MigrationGraph}): what must run before a migration
 * ({@link #forwardsPlan}), what must be unapplied before it ({@link #backwardsPlan}), each app's leaves, and the
 * project state at any set of nodes.
 */
public final class MigrationGraph {
    private final Map<Key, Migration> nodes = new TreeMap<>();
    private final Map<Key, Set<Key>> children = new TreeMap<>();

    public MigrationGraph(Collection<Migration> migrations) {
        for (Migration migration : migrations) {
            if (nodes.put(migration.key(), migration) != null) {
                throw new MigrationError("Two migrations are named " + migration.key() + " ("
                        + migration.getClass().getName() + " and another); rename one and its dependents.");
            }
            children.put(migration.key(), new TreeSet<>());
        }
        for (Migration migration : migrations) {
            for (Key parent : migration.dependencies()) {
                if (!nodes.containsKey(parent)) {
                    throw new MigrationError("Migration " + migration.key()
                            + " dependencies reference nonexistent parent node ('" + parent.app() + "', '"
                            + parent.name() + "')");
                }
                children.get(parent).add(migration.key());
            }
        }
        for (Key key : nodes.keySet()) {
            forwardsPlan(key);
        }
    }

    public Migration migration(Key key) {
        Migration migration = nodes.get(key);
        if (migration == null) {
            throw new MigrationError("No migration " + key + ".");
        }
        return migration;
    }

    public Collection<Migration> migrations() {
        return nodes.values();
    }

    public boolean contains(Key key) {
        return nodes.containsKey(key);
    }

    public Set<String> apps() {
        Set<String> apps = new TreeSet<>();
        nodes.keySet().forEach(k -> apps.add(k.app()));
        return apps;
    }

    /** The migrations of {@code app} in an order that respects dependencies. */
    public List<Key> appNodes(String app) {
        List<Key> ordered = new ArrayList<>();
        for (Key leaf : leafNodes(app)) {
            for (Key key : forwardsPlan(leaf)) {
                if (key.app().equals(app) && !ordered.contains(key)) {
                    ordered.add(key);
                }
            }
        }
        return ordered;
    }

    /** The migrations of {@code app} that no other migration of the app depends on. */
    public List<Key> leafNodes(String app) {
        List<Key> leaves = new ArrayList<>();
        for (Key key : nodes.keySet()) {
            if (key.app().equals(app) && children.get(key).stream().noneMatch(c -> c.app().equals(app))) {
                leaves.add(key);
            }
        }
        return leaves;
    }

    public List<Key> leafNodes() {
        List<Key> leaves = new ArrayList<>();
        for (String app : apps()) {
            leaves.addAll(leafNodes(app));
        }
        return leaves;
    }

    public List<Key> rootNodes(String app) {
        return nodes.values().stream().filter(m -> m.app().equals(app))
                .filter(m -> m.dependencies().stream().noneMatch(d -> d.app().equals(app)))
                .map(Migration::key).toList();
    }

    /** Apps with more than one leaf: two branches to merge ({@code makemigrations --merge}). */
    public Map<String, List<Key>> conflicts() {
        Map<String, List<Key>> conflicts = new LinkedHashMap<>();
        for (String app : apps()) {
            List<Key> leaves = leafNodes(app);
            if (leaves.size() > 1) {
                conflicts.put(app, leaves);
            }
        }
        return conflicts;
    }

    /** {@code target} and everything it needs, dependencies first. */
    public List<Key> forwardsPlan(Key target) {
        Set<Key> done = new LinkedHashSet<>();
        visit(target, done, new HashSet<>(), true);
        return new ArrayList<>(done);
    }

    /** {@code target} and everything that depends on it, dependents first. */
    public List<Key> backwardsPlan(Key target) {
        Set<Key> done = new LinkedHashSet<>();
        visit(target, done, new HashSet<>(), false);
        return new ArrayList<>(done);
    }

    private void visit(Key key, Set<Key> done, Set<Key> path, boolean towardsParents) {
        if (done.contains(key)) {
            return;
        }
        if (!path.add(key)) {
            throw new MigrationError("Circular dependency between migrations, through " + key + ".");
        }
        Collection<Key> next = towardsParents ? new TreeSet<>(migration(key).dependencies()) : children.get(key);
        for (Key other : next) {
            visit(other, done, path, towardsParents);
        }
        path.remove(key);
        done.add(key);
    }

    /** The project state once the given migrations (and what they need) are applied. */
    public ProjectState stateAt(Collection<Key> applied) {
        Set<Key> ordered = new LinkedHashSet<>();
        for (Key key : new TreeSet<>(applied)) {
            ordered.addAll(forwardsPlan(key));
        }
        ProjectState state = ProjectState.empty();
        for (Key key : ordered) {
            Migration migration = migration(key);
            for (Operation operation : migration.operations()) {
                state = apply(migration, operation, state);
            }
        }
        return state;
    }

    /** The state just before {@code key} runs: everything it depends on, applied. */
    public ProjectState stateBefore(Key key) {
        List<Key> plan = forwardsPlan(key);
        plan.remove(key);
        return stateAt(plan);
    }

    static ProjectState apply(Migration migration, Operation operation, ProjectState state) {
        try {
            return operation.stateForwards(migration.app(), state);
        } catch (IllegalArgumentException e) {
            throw new MigrationError("Migration " + migration.key() + " (" + migration.getClass().getName()
                    + "), operation '" + operation.describe() + "': " + e.getMessage(), e);
        }
    }
}
