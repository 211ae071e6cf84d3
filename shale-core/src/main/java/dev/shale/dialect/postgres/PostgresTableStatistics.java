package dev.shale.dialect.postgres;

import dev.shale.dialect.TableStatistics;
import dev.shale.model.QualifiedName;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Table sizes from the planner's statistics in one query: {@code pg_class.reltuples} (-1 before
 * the first VACUUM/ANALYZE, read as 0) and {@code pg_total_relation_size} (heap, indexes, TOAST).
 * https://www.postgresql.org/docs/current/catalog-pg-class.html
 */
final class PostgresTableStatistics implements TableStatistics {
    @Override
    public Map<QualifiedName, TableSize> read(Connection readOnly) throws SQLException {
        Map<QualifiedName, TableSize> sizes = new LinkedHashMap<>();
        try (Statement statement = readOnly.createStatement(); ResultSet rows = statement.executeQuery("""
                SELECT n.nspname, c.relname, greatest(c.reltuples, 0)::bigint, pg_total_relation_size(c.oid)
                  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE c.relkind IN ('r', 'p')""" + " AND " + CatalogFilters.USER_SCHEMA)) {
            while (rows.next()) {
                sizes.put(QualifiedName.of(rows.getString(1), rows.getString(2)),
                        new TableSize(rows.getLong(3), rows.getLong(4)));
            }
        }
        return sizes;
    }
}
