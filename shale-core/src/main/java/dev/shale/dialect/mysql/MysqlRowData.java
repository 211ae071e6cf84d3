package dev.shale.dialect.mysql;

import dev.shale.dialect.Dialect;
import dev.shale.dialect.RowData;
import dev.shale.dialect.TableChecksum;
import dev.shale.model.Column;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Rows on MySQL and MariaDB: foreign keys are not checked with {@code FOREIGN_KEY_CHECKS = 0},
 * and a column's checksum is the sum of the first 60 bits of the md5 of each value.
 */
final class MysqlRowData implements RowData {
    private final Dialect dialect;

    MysqlRowData(Dialect dialect) {
        this.dialect = dialect;
    }

    @Override
    public void disableForeignKeyChecks(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET FOREIGN_KEY_CHECKS = 0");
        }
    }

    @Override
    public String insert(String table, List<Column> columns) {
        return "INSERT INTO " + table + " (" + columns.stream().map(c -> dialect.quote(c.name()))
                .collect(Collectors.joining(", ")) + ")"
                + " VALUES (" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
    }

    @Override
    public void advanceSequences(Connection connection, String table, List<Column> columns) {
        // Explicit keys move the AUTO_INCREMENT counter here: nothing to do.
    }

    @Override
    public TableChecksum checksum(Connection connection, String table, List<String> columns) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT count(*)");
        for (String column : columns) {
            String quoted = dialect.quote(column);
            sql.append(", count(").append(quoted).append("), coalesce(sum(cast(conv(substr(md5(")
                    .append(quoted).append("), 1, 15), 16, 10) AS UNSIGNED)), 0)");
        }
        sql.append(" FROM ").append(table);
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql.toString())) {
            return TableChecksum.fromAggregateRow(rs, columns);
        }
    }
}
