package dev.hotclub.db.migrations;

import java.util.List;

/**
 * The list of an app's migrations: the class {@code <app package>.migrations.Migrations}, which makemigrations
 * keeps up to date beside the migration files. Listing them in code (instead of scanning a folder) finds them the
 * same way in a jar, in Maven's target/classes and in the dev server's in-memory class loader.
 * <pre>{@code
 * public final class Migrations implements MigrationIndex {
 *     public List<Migration> migrations() {
 *         return List.of(
 *                 new Migration0001Initial(),
 *                 new Migration0002ChoiceVotes());
 *     }
 * }
 * }</pre>
 */
public interface MigrationIndex {
    String CLASS_NAME = "Migrations";

    List<Migration> migrations();

    /** The index class of the app whose Java package is {@code appPackage}. */
    static String className(String appPackage) {
        return (appPackage.isEmpty() ? "" : appPackage + ".") + "migrations." + CLASS_NAME;
    }
}
