package dev.shale.dialect.postgres;

import dev.shale.dialect.Dialect;
import dev.shale.dialect.RowData;
import dev.shale.dialect.TableChecksum;
import dev.shale.model.Column;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Rows on PostgreSQL: foreign keys are not checked in a {@code replica} session; each value is cast
 * to its column's type (the driver sends an enum read as a string as {@code varchar}); a column's
 * checksum is the sum of the first 60 bits of the md5 of each value as text.
 */
final class PostgresRowData implements RowData {
    private final Dialect dialect;

    PostgresRowData(Dialect dialect) {
        this.dialect = dialect;
    }

    @Override
    public void disableForeignKeyChecks(Connection connection) throws SQLException {
        // Foreign keys are system triggers, which a replica session does not fire.
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET session_replication_role = replica");
        }
    }

    @Override
    public String insert(String table, List<Column> columns) {
        boolean always = columns.stream().anyMatch(c -> c.identity() != null
                && c.identity().kind() == Column.Identity.Kind.ALWAYS);
        return "INSERT INTO " + table + " (" + columns.stream().map(c -> dialect.quote(c.name()))
                .collect(Collectors.joining(", ")) + ")" + (always ? " OVERRIDING SYSTEM VALUE" : "")
                + " VALUES (" + columns.stream().map(c -> "CAST(? AS " + c.type() + ")")
                .collect(Collectors.joining(", ")) + ")";
    }

    @Override
    public void advanceSequences(Connection connection, String table, List<Column> columns) throws SQLException {
        for (Column column : columns) {
            boolean numbered = column.identity() != null
                    || column.defaultValue() != null
                    && PostgresNames.nextvalSequence(column.defaultValue()).isPresent();
            if (numbered) {
                // The next value is max + 1; a sequence with no copied rows starts over at 1.
                String quoted = dialect.quote(column.name());
                try (var statement = connection.prepareStatement("SELECT setval(pg_get_serial_sequence(?, ?), "
                        + "coalesce(max(" + quoted + "), 0) + 1, false) FROM " + table)) {
                    statement.setString(1, table);
                    statement.setString(2, column.name());
                    statement.executeQuery().close();
                }
            }
        }
    }

    @Override
    public TableChecksum checksum(Connection connection, String table, List<String> columns) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT count(*)");
        for (String column : columns) {
            String quoted = dialect.quote(column);
            sql.append(", count(").append(quoted).append("), coalesce(sum(('x' || substr(md5(")
                    .append(quoted).append("::text), 1, 15))::bit(60)::bigint), 0)::text");
        }
        sql.append(" FROM ").append(table);
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql.toString())) {
            return TableChecksum.fromAggregateRow(rs, columns);
        }
    }
}
