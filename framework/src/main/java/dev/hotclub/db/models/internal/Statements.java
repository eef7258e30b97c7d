package dev.hotclub.db.models.internal;

import dev.hotclub.db.QueryLog;
import dev.hotclub.db.internal.ConnectionScope;
import dev.hotclub.db.internal.Errors;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Runs compiled statements on a database, recording each in the {@link QueryLog} and translating errors. */
public final class Statements {
    private Statements() {
    }

    /** Reads a whole result. */
    @FunctionalInterface
    public interface ResultReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    public static <T> T query(String using, Sql sql, String modelLabel, ResultReader<T> reader) {
        return ConnectionScope.withConnection(using, connection -> {
            long start = System.nanoTime();
            try (PreparedStatement statement = connection.prepareStatement(sql.text())) {
                bind(statement, sql.params());
                try (ResultSet rs = statement.executeQuery()) {
                    return reader.read(rs);
                }
            } catch (SQLException e) {
                throw Errors.translate(e, modelLabel, sql.text());
            } finally {
                QueryLog.record(sql.text(), System.nanoTime() - start);
            }
        });
    }

    public static int update(String using, Sql sql, String modelLabel) {
        return ConnectionScope.withConnection(using, connection -> {
            long start = System.nanoTime();
            try (PreparedStatement statement = connection.prepareStatement(sql.text())) {
                bind(statement, sql.params());
                return statement.executeUpdate();
            } catch (SQLException e) {
                throw Errors.translate(e, modelLabel, sql.text());
            } finally {
                QueryLog.record(sql.text(), System.nanoTime() - start);
            }
        });
    }

    public static void bind(PreparedStatement statement, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Object p = params.get(i);
            if (p instanceof byte[] bytes) {
                statement.setBytes(i + 1, bytes);
            } else if (p instanceof java.math.BigDecimal d) {
                statement.setBigDecimal(i + 1, d);
            } else {
                statement.setObject(i + 1, p);
            }
        }
    }
}
