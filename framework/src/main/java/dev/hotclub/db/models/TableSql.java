package dev.hotclub.db.models;

import dev.hotclub.db.Vendor;
import dev.hotclub.db.models.internal.Names;
import dev.hotclub.db.models.internal.SchemaSql;
import java.util.List;

/**
 * The statements that create a model's table (with its join tables, indexes and constraints) on a backend in one
 * step, without migrations: what a test database is built from until it runs the project's migrations.
 */
public final class TableSql {
    private TableSql() {
    }

    /** {@code CREATE TABLE ...} and its {@code CREATE INDEX ...}, in the order they must run. */
    public static List<String> createTable(Class<? extends Model> model, Vendor vendor) {
        return SchemaSql.createTable(ModelMeta.of(model), vendor);
    }

    /**
     * A check constraint's condition (the lookups the model declares, {@code "votes__gte=0"}) as SQL over the bare
     * table's columns with its values inlined ({@code "votes" >= 0}): DDL takes no parameters.
     */
    public static String checkCondition(ModelMeta meta, ModelMeta.Check check, Vendor vendor) {
        return SchemaSql.inline(SchemaSql.checkSql(meta, check, vendor));
    }

    /** A Java field name as Django spells its field and column: {@code pubDate} -> {@code pub_date}. */
    public static String snakeCase(String javaName) {
        return Names.snakeCase(javaName);
    }
}
