package dev.hotclub.db;

/** The database engines Hotclub speaks to. */
public enum Vendor {
    SQLITE("sqlite"), POSTGRESQL("postgresql");

    private final String displayName;

    Vendor(String displayName) {
        this.displayName = displayName;
    }

    /** Django's {@code connection.vendor}. */
    public String displayName() {
        return displayName;
    }
}
