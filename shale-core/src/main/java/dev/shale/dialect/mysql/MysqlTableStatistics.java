package dev.shale.dialect.mysql;

import dev.shale.dialect.TableStatistics;
import dev.shale.model.QualifiedName;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Table sizes in one query on information_schema.TABLES: TABLE_ROWS is InnoDB's estimate and
 * DATA_LENGTH + INDEX_LENGTH the space on disk (https://mariadb.com/kb/en/information-schema-tables-table/).
 */
final class MysqlTableStatistics implements TableStatistics {
    @Override
    public Map<QualifiedName, TableSize> read(Connection readOnly) throws SQLException {
        Map<QualifiedName, TableSize> sizes = new LinkedHashMap<>();
        try (Statement statement = readOnly.createStatement(); ResultSet rows = statement.executeQuery("""
                SELECT TABLE_NAME, COALESCE(TABLE_ROWS, 0), COALESCE(DATA_LENGTH, 0) + COALESCE(INDEX_LENGTH, 0)
                  FROM information_schema.TABLES
                 WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE IN ('BASE TABLE', 'SYSTEM VERSIONED')""")) {
            while (rows.next()) {
                sizes.put(QualifiedName.of(rows.getString(1)), new TableSize(rows.getLong(2), rows.getLong(3)));
            }
        }
        return sizes;
    }
}
