package dev.hotclub.db.migrations;

/**
 * An app as the migrations know it: its label ({@code polls}) and its Java package ({@code com.example.polls}),
 * under which the migrations live ({@code com.example.polls.migrations}).
 */
public record MigrationApp(String label, String javaPackage) {
    public String migrationsPackage() {
        return (javaPackage.isEmpty() ? "" : javaPackage + ".") + "migrations";
    }

    /** The app of a Hotclub {@link dev.hotclub.project.App}: its label and its class's package. */
}
