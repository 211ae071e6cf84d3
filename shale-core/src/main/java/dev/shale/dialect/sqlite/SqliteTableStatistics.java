package dev.shale.dialect.sqlite;

import dev.shale.dialect.TableStatistics;
import dev.shale.model.QualifiedName;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Table sizes of a SQLite file in three queries whatever the number of tables: the table names,
 * one {@code count(*)} per table joined by UNION ALL (SQLite keeps no row estimate), and the
 * bytes of each table with its indexes from the {@code dbstat} virtual table when the library is
 * built with it (https://www.sqlite.org/dbstat.html); without it, the file's size shared by rows.
 */
final class SqliteTableStatistics implements TableStatistics {
    @Override
    public Map<QualifiedName, TableSize> read(Connection readOnly) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = readOnly.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SELECT name FROM main.sqlite_schema WHERE type = 'table' "
                    + "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            Map<QualifiedName, TableSize> sizes = new LinkedHashMap<>();
            if (tables.isEmpty()) {
                return sizes;
            }
            Map<String, Long> counts = counts(statement, tables);
            Map<String, Long> bytes = bytes(statement, counts);
            tables.forEach(t -> sizes.put(QualifiedName.of(t), new TableSize(counts.get(t), bytes.getOrDefault(t, 0L))));
            return sizes;
        }
    }

    private static Map<String, Long> counts(Statement statement, List<String> tables) throws SQLException {
        StringBuilder sql = new StringBuilder();
        for (String table : tables) {
            sql.append(sql.isEmpty() ? "" : " UNION ALL ").append("SELECT ").append(literal(table))
                    .append(", count(*) FROM main.").append('"' + table.replace("\"", "\"\"") + '"');
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        try (ResultSet rows = statement.executeQuery(sql.toString())) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
        }
        return counts;
    }

    private static Map<String, Long> bytes(Statement statement, Map<String, Long> counts) throws SQLException {
        Map<String, Long> bytes = new LinkedHashMap<>();
        try (ResultSet rows = statement.executeQuery("SELECT coalesce(i.tbl_name, d.name), sum(d.pgsize) "
                + "FROM dbstat d LEFT JOIN main.sqlite_schema i ON i.name = d.name GROUP BY 1")) {
            while (rows.next()) {
                bytes.put(rows.getString(1), rows.getLong(2));
            }
            return bytes;
        } catch (SQLException noDbstat) {
            long fileBytes;
            try (ResultSet size = statement.executeQuery("SELECT page_count * page_size FROM pragma_page_count, "
                    + "pragma_page_size")) {
                fileBytes = size.next() ? size.getLong(1) : 0;
            }
            long allRows = Math.max(1, counts.values().stream().mapToLong(Long::longValue).sum());
            counts.forEach((table, rows) -> bytes.put(table, fileBytes * rows / allRows));
            return bytes;
        }
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
