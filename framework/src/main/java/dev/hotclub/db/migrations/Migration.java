package dev.hotclub.db.migrations;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One migration file: Django's name ({@code 0002_choice_votes}), the migrations it depends on and its operations.
 * makemigrations writes them; people read them in code review and edit them:
 * <pre>{@code
 * public final class Migration0002ChoiceVotes extends Migration {
 *     public Migration0002ChoiceVotes() {
 *         super("polls", "0002_choice_votes");
 *         dependsOn("polls", "0001_initial");
 *         operations(
 *                 new AddField("choice", integerField("votes").withDefault(0)));
 *     }
 * }
 * }</pre>
 */
public abstract class Migration {
    /** A migration's identity: its app label and name. */
    public record Key(String app, String name) implements Comparable<Key> {
        @Override
        public String toString() {
            return app + "." + name;
        }

        @Override
        public int compareTo(Key other) {
            int byApp = app.compareTo(other.app);
            return byApp != 0 ? byApp : name.compareTo(other.name);
        }
    }

    private final Key key;
    private final List<Key> dependencies = new ArrayList<>();
    private final List<Operation> operations = new ArrayList<>();

    protected Migration(String app, String name) {
        this.key = new Key(app, name);
    }

    /** Declares that this migration runs after {@code app}'s migration {@code name}. */
    protected final void dependsOn(String app, String name) {
        dependencies.add(new Key(app, name));
    }

    protected final void operations(Operation... list) {
        Collections.addAll(operations, list);
    }

    public final Key key() {
        return key;
    }

    public final String app() {
        return key.app();
    }

    public final String name() {
        return key.name();
    }

    public final List<Key> dependencies() {
        return List.copyOf(dependencies);
    }

    public final List<Operation> operations() {
        return List.copyOf(operations);
    }

    /** The first migration of its app (no dependency inside the app): what {@code --fake-initial} may fake. */
    public boolean initial() {
        return dependencies.stream().noneMatch(d -> d.app().equals(key.app()));
    }

    /** The Java class name makemigrations gives migration {@code name}: {@code Migration0002ChoiceVotes}. */
    public static String className(String name) {
        StringBuilder out = new StringBuilder("Migration");
        for (String part : name.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return key.toString();
    }
}
