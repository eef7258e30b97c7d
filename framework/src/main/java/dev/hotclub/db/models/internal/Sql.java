package dev.hotclub.db.models.internal;

import java.util.List;

/** A statement with its bound values, in order; identifiers are quoted, values never inlined. */
public record Sql(String text, List<Object> params) {
    /** Quotes an identifier that comes from model metadata (never from a request). */
    public static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
