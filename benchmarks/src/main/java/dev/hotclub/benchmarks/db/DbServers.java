package dev.hotclub.benchmarks.db;

import dev.hotclub.db.DatabaseUrl;
import dev.hotclub.server.HotclubServer;
import java.nio.file.Path;

/**
 * The Java servers {@code benchmarks/db/run.sh} compares on TechEmpower's database tests, against one PostgreSQL:
 *
 * <ul>
 * <li>{@code hotclub PORT DATABASE_URL POOL_SIZE}: the ORM and a FreeMarker template ({@link HotclubTfb});
 * <li>{@code jdbc PORT DATABASE_URL POOL_SIZE}: plain Undertow, JDBC and HikariCP ({@link JdbcTfb}).
 * <li>{@code jdbc-ioend PORT DATABASE_URL POOL_SIZE}: the same, each response sent from the IO thread as Hotclub
 *     sends it.
 * </ul>
 */
public final class DbServers {
    private DbServers() {
    }

    public static void main(String[] args) {
        if (args.length != 4) {
            System.err.println("Usage: DbServers hotclub|jdbc|jdbc-ioend PORT DATABASE_URL POOL_SIZE");
            System.exit(2);
        }
        int port = Integer.parseInt(args[1]);
        int poolSize = Integer.parseInt(args[3]);
        switch (args[0]) {
            case "hotclub" -> HotclubServer.start(HotclubTfb.project(args[2], poolSize), "127.0.0.1", port);
            case "jdbc", "jdbc-ioend" -> {
                DatabaseUrl url = DatabaseUrl.parse(args[2], Path.of(""));
                JdbcTfb.start(url.jdbcUrl(), url.user(), poolSize, port, args[0].equals("jdbc-ioend"));
            }
            default -> {
                System.err.println("Unknown server \"" + args[0] + "\": hotclub, jdbc or jdbc-ioend");
                System.exit(2);
            }
        }
        System.out.println("Serving " + args[0] + " on 127.0.0.1:" + port);
    }
}
