package dev.hotclub.db.models;

import java.util.Map;

/** What {@code delete()} removed: the total and per model label, cascades included ({@code (8, {polls.Choice=6, polls.Question=2})}). */
public record DeleteResult(int total, Map<String, Integer> perModel) {
    @Override
    public String toString() {
        return "(" + total + ", " + perModel + ")";
    }
}
