package dev.hotclub.messages;

import java.util.ArrayList;
import java.util.List;

/**
 * One request's messages (Django's {@code BaseStorage}): those loaded from the previous response and those
 * added now. What is kept for the next request: nothing new and nothing read leaves the stored ones as they are;
 * once read, only the messages added after the reading are kept.
 */
final class MessageStorage {
    private final List<Message> loaded;
    private final List<Message> queued = new ArrayList<>();
    private int level;
    private boolean used;
    private boolean addedNew;

    MessageStorage(List<Message> loaded, int level) {
        this.loaded = new ArrayList<>(loaded);
        this.level = level;
    }

    boolean add(int messageLevel, String message, String extraTags) {
        if (message == null || messageLevel < level) {
            return false;
        }
        addedNew = true;
        queued.add(new Message(messageLevel, message, extraTags));
        return true;
    }

    List<Message> read() {
        used = true;
        loaded.addAll(queued);
        queued.clear();
        return List.copyOf(loaded);
    }

    void setLevel(int level) {
        this.level = level;
    }

    int level() {
        return level;
    }

    /** Whether the stored messages must be replaced by {@link #toKeep()}. */
    boolean changed() {
        return used || addedNew;
    }

    List<Message> toKeep() {
        if (used) {
            return List.copyOf(queued);
        }
        List<Message> all = new ArrayList<>(loaded);
        all.addAll(queued);
        return all;
    }
}
