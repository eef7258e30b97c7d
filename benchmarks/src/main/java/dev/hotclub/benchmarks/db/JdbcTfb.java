package dev.hotclub.benchmarks.db;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.undertow.Undertow;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.BlockingHandler;
import io.undertow.util.Headers;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import javax.sql.DataSource;

/**
 * The baseline: TechEmpower's four database tests on plain Undertow (a {@link BlockingHandler}, Undertow's default
 * threads, as Hotclub's), JDBC prepared statements on a HikariCP pool of the same size as Hotclub's, Jackson for
 * JSON and the fortunes page written by hand. No framework, no log.
 */
final class JdbcTfb {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SELECT_WORLD = "SELECT id, randomnumber FROM world WHERE id = ?";
    private static final String UPDATE_WORLD = "UPDATE world SET randomnumber = ? WHERE id = ?";
    private static final String SELECT_FORTUNES = "SELECT id, message FROM fortune";

    private final DataSource pool;

    private JdbcTfb(DataSource pool) {
        this.pool = pool;
    }

    /**
     * Starts the server. With {@code endOnIoThread} the handler runs on a worker in non-blocking mode and hands the
     * response to the connection's IO thread, which sends it and ends the exchange, as Hotclub does (no spin in
     * Undertow's read listener: benchmarks/README.md); without, a {@link BlockingHandler} as a user writes it.
     */
    static void start(String jdbcUrl, String user, int poolSize, int port, boolean endOnIoThread) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setMaximumPoolSize(poolSize);
        JdbcTfb server = new JdbcTfb(new HikariDataSource(config));
        Undertow.builder()
                .addHttpListener(port, "127.0.0.1")
                .setHandler(endOnIoThread ? exchange -> exchange.dispatch((HttpHandler) server::handle)
                        : new BlockingHandler(server::handle))
                .build()
                .start();
    }

    private void handle(HttpServerExchange exchange) throws Exception {
        exchange.getResponseHeaders().put(Headers.SERVER, "undertow");
        switch (exchange.getRelativePath()) {
            case "/db" -> json(exchange, selectWorld());
            case "/queries" -> json(exchange, queries(queriesParameter(exchange)));
            case "/fortunes" -> html(exchange, fortunesPage());
            case "/updates" -> json(exchange, updates(queriesParameter(exchange)));
            default -> {
                exchange.setStatusCode(404);
                send(exchange, io -> io.getResponseSender().send("Not Found"));
            }
        }
    }

    private static int queriesParameter(HttpServerExchange exchange) {
        Deque<String> values = exchange.getQueryParameters().get("queries");
        return Tfb.queries(values == null ? null : values.peekFirst());
    }

    private Tfb.WorldJson selectWorld() throws SQLException {
        try (Connection connection = pool.getConnection()) {
            return selectWorld(connection);
        }
    }

    private static Tfb.WorldJson selectWorld(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SELECT_WORLD)) {
            statement.setInt(1, Tfb.randomWorld());
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return new Tfb.WorldJson(rs.getInt(1), rs.getInt(2));
            }
        }
    }

    private List<Tfb.WorldJson> queries(int count) throws SQLException {
        List<Tfb.WorldJson> worlds = new ArrayList<>(count);
        try (Connection connection = pool.getConnection()) {
            for (int i = 0; i < count; i++) {
                worlds.add(selectWorld(connection));
            }
        }
        return worlds;
    }

    private List<Tfb.WorldJson> updates(int count) throws SQLException {
        List<Tfb.WorldJson> worlds = new ArrayList<>(count);
        try (Connection connection = pool.getConnection()) {
            for (int i = 0; i < count; i++) {
                worlds.add(new Tfb.WorldJson(selectWorld(connection).id(), Tfb.randomWorld()));
            }
            // One batch (TFB allows batched writes), in id order so that two requests cannot deadlock.
            List<Tfb.WorldJson> byId = new ArrayList<>(worlds);
            byId.sort(Comparator.comparingLong(Tfb.WorldJson::id));
            try (PreparedStatement statement = connection.prepareStatement(UPDATE_WORLD)) {
                for (Tfb.WorldJson world : byId) {
                    statement.setInt(1, world.randomNumber());
                    statement.setInt(2, (int) world.id());
                    statement.addBatch();
                }
                statement.executeBatch();
            }
        }
        return worlds;
    }

    private String fortunesPage() throws SQLException {
        List<Fortune> fortunes = new ArrayList<>();
        try (Connection connection = pool.getConnection();
             PreparedStatement statement = connection.prepareStatement(SELECT_FORTUNES);
             ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                fortunes.add(new Fortune(rs.getInt(1), rs.getString(2)));
            }
        }
        return fortunesHtml(Tfb.withAddedFortune(fortunes));
    }

    /** The fortunes page of {@code fortunes}, in their order, written by hand. */
    static String fortunesHtml(List<Fortune> fortunes) {
        StringBuilder html = new StringBuilder(2048)
                .append("<!DOCTYPE html><html><head><title>Fortunes</title></head><body><table>")
                .append("<tr><th>id</th><th>message</th></tr>");
        for (Fortune fortune : fortunes) {
            html.append("<tr><td>").append(fortune.id).append("</td><td>");
            escape(fortune.message, html);
            html.append("</td></tr>");
        }
        return html.append("</table></body></html>").toString();
    }

    private static void escape(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }

    private static void json(HttpServerExchange exchange, Object value) throws Exception {
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
        ByteBuffer body = ByteBuffer.wrap(JSON.writeValueAsBytes(value));
        send(exchange, io -> io.getResponseSender().send(body));
    }

    private static void html(HttpServerExchange exchange, String page) throws Exception {
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/html; charset=utf-8");
        send(exchange, io -> io.getResponseSender().send(page, StandardCharsets.UTF_8));
    }

    // Here in blocking mode; from the IO thread once the handler returned otherwise.
    private static void send(HttpServerExchange exchange, HttpHandler send) throws Exception {
        if (exchange.isBlocking() || exchange.isInIoThread()) {
            send.handleRequest(exchange);
        } else {
            exchange.dispatch(exchange.getIoThread(), send);
        }
    }
}
