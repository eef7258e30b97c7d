package dev.hotclub.db.models.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a lookup ({@code "question__pubDate__year"}) at its {@code __}s. What {@code lookup.split("__")} gives, but
 * without compiling a regular expression on every call: {@code String.split} only skips the regex engine for a
 * one-character separator, and compiling {@code "__"} was about 40% of the time a QuerySet took to become SQL
 * (benchmarks/README.md, "QuerySet to SQL").
 */
final class LookupParts {
    private LookupParts() {
    }

    /** As {@code lookup.split("__")}: the parts in order, trailing empty parts dropped, {@code [lookup]} without a separator. */
    static List<String> of(String lookup) {
        int at = lookup.indexOf("__");
        if (at < 0) {
            return List.of(lookup);
        }
        List<String> parts = new ArrayList<>(4);
        int from = 0;
        while (at >= 0) {
            parts.add(lookup.substring(from, at));
            from = at + 2;
            at = lookup.indexOf("__", from);
        }
        parts.add(lookup.substring(from));
        int size = parts.size();
        while (size > 0 && parts.get(size - 1).isEmpty()) {
            size--;
        }
        return parts.subList(0, size);
    }
}
