package dev.shale.dialect.sqlite;

import dev.shale.dialect.Dialect;
import dev.shale.dialect.RowData;
import dev.shale.dialect.TableChecksum;
import dev.shale.model.Column;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Rows on SQLite: foreign keys are off for the session; SQLite has no hash function, so a
 * column's checksum (the sum of the first 60 bits of the md5 of each value, with its storage
 * class, so that {@code 1} and {@code '1'} differ) is computed while reading the local file.
 */
final class SqliteRowData implements RowData {
    private final Dialect dialect;

    SqliteRowData(Dialect dialect) {
        this.dialect = dialect;
    }

    @Override
    public void disableForeignKeyChecks(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA foreign_keys = OFF");
        }
    }

    @Override
    public String insert(String table, List<Column> columns) {
        return "INSERT INTO " + table + " (" + columns.stream().map(c -> dialect.quote(c.name()))
                .collect(Collectors.joining(", ")) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
    }

    @Override
    public void advanceSequences(Connection connection, String table, List<Column> columns) {
        // SQLite picks the next rowid (and AUTOINCREMENT's sqlite_sequence) past explicit keys itself.
    }

    @Override
    public TableChecksum checksum(Connection connection, String table, List<String> columns) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT 1");
        for (String column : columns) {
            String quoted = dialect.quote(column);
            sql.append(", typeof(").append(quoted).append(") || ':' || CAST(").append(quoted).append(" AS TEXT)");
        }
        sql.append(" FROM ").append(table);
        long rows = 0;
        long[] nonNull = new long[columns.size()];
        BigInteger[] sums = new BigInteger[columns.size()];
        Arrays.fill(sums, BigInteger.ZERO);
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql.toString())) {
            while (rs.next()) {
                rows++;
                for (int i = 0; i < columns.size(); i++) {
                    String value = rs.getString(2 + i);
                    if (value != null) {
                        nonNull[i]++;
                        sums[i] = sums[i].add(hash(value));
                    }
                }
            }
        }
        Map<String, TableChecksum.ColumnChecksum> result = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            result.put(columns.get(i), new TableChecksum.ColumnChecksum(nonNull[i], sums[i].toString()));
        }
        return new TableChecksum(rows, result);
    }

    private static BigInteger hash(String value) {
        try {
            byte[] md5 = MessageDigest.getInstance("MD5").digest(value.getBytes(StandardCharsets.UTF_8));
            return new BigInteger(1, Arrays.copyOf(md5, 8)).shiftRight(4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5", e);
        }
    }
}
