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
 * Table sizes from the statistics in one query: rows are {@code pg_class.reltuples} (the planner's
 * count as of the last VACUUM/ANALYZE, -1 before the first) or, when larger, the statistics
 * collector's live-row count {@code n_live_tup} (kept up to date by every insert and delete, so a
 * table filled since its last ANALYZE is not read as empty); bytes are {@code pg_total_relation_size}
 * (heap, indexes, TOAST).
 * https://www.postgresql.org/docs/current/catalog-pg-class.html
 * https://www.postgresql.org/docs/current/monitoring-stats.html#MONITORING-PG-STAT-ALL-TABLES-VIEW
 */
final class PostgresTableStatistics implements TableStatistics {
    @Override
    public Map<QualifiedName, TableSize> read(Connection readOnly) throws SQLException {
        Map<QualifiedName, TableSize> sizes = new LinkedHashMap<>();
        try (Statement statement = readOnly.createStatement(); ResultSet rows = statement.executeQuery("""
                SELECT n.nspname, c.relname, greatest(c.reltuples::bigint, s.n_live_tup, 0),
                       pg_total_relation_size(c.oid)
                  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                  LEFT JOIN pg_stat_all_tables s ON s.relid = c.oid
                 WHERE c.relkind IN ('r', 'p')""" + " AND " + CatalogFilters.USER_SCHEMA)) {
            while (rows.next()) {
                sizes.put(QualifiedName.of(rows.getString(1), rows.getString(2)),
                        new TableSize(rows.getLong(3), rows.getLong(4)));
            }
        }
        return sizes;
    }
}
