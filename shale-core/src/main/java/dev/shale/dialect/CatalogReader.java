package dev.shale.dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs catalog queries for an inspector and counts them: inspection must cost a constant
 * number of queries whatever the number of tables, and tests and benchmarks check it.
 */
public final class CatalogReader {
    private final Connection connection;
    private int queries;

    public CatalogReader(Connection connection) {
        this.connection = connection;
    }

    /** Maps one row of a result set; called once per row. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    /** Runs {@code sql} with {@code parameters} bound in order and maps every row. */
    public <T> List<T> query(String sql, RowMapper<T> mapper, Object... parameters) throws SQLException {
        queries++;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(mapper.map(rows));
                }
                return result;
            }
        }
    }

    public Connection connection() {
        return connection;
    }

    /** Number of queries run so far. */
    public int queryCount() {
        return queries;
    }
}
