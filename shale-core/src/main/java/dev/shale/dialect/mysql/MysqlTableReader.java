package dev.shale.dialect.mysql;

import dev.shale.dialect.CatalogReader;
import java.sql.SQLException;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** Reads every table, view and sequence of the current database in one query on information_schema.TABLES. */
final class MysqlTableReader {

    /** One row of information_schema.TABLES. */
    record TableRow(String name, String type, String engine, String collation, String comment) {
        boolean isTable() {
            // MariaDB reports system-versioned tables as 'SYSTEM VERSIONED'; they are tables too.
            return type.equals("BASE TABLE") || type.equals("SYSTEM VERSIONED");
        }

        boolean isView() {
            return type.equals("VIEW");
        }

        boolean isSequence() {
            return type.equals("SEQUENCE");
        }

        /**
         * The options Shale manages: {@code engine}, {@code charset}, {@code collation}, and
         * {@code system_versioning} ("true") for MariaDB system-versioned tables. Charset and
         * collation are always stored as the catalog reports them, never omitted when they
         * equal the database default: the rendered
         * schema then recreates the same tables in a database whose default differs.
         * The charset is the collation's prefix (every MySQL/MariaDB collation name starts
         * with its character set: utf8mb4_general_ci, latin1_swedish_ci, binary).
         */
        SortedMap<String, String> options() {
            SortedMap<String, String> options = new TreeMap<>();
            if (engine != null) {
                options.put("engine", engine);
            }
            if (collation != null) {
                int underscore = collation.indexOf('_');
                options.put("charset", underscore < 0 ? collation : collation.substring(0, underscore));
                options.put("collation", collation);
            }
            if (type.equals("SYSTEM VERSIONED")) {
                // https://mariadb.com/kb/en/system-versioned-tables/ — the implicit row_start/row_end
                // columns are not in COLUMNS; WITH SYSTEM VERSIONING recreates them.
                options.put("system_versioning", "true");
            }
            return options;
        }

        String commentOrNull() {
            // MySQL 8 reports 'VIEW' as the comment of every view; tables without one have ''.
            return comment == null || comment.isEmpty() || isView() ? null : comment;
        }
    }

    List<TableRow> read(CatalogReader catalog) throws SQLException {
        return catalog.query("""
                SELECT TABLE_NAME, TABLE_TYPE, ENGINE, TABLE_COLLATION, TABLE_COMMENT
                  FROM information_schema.TABLES
                 WHERE TABLE_SCHEMA = DATABASE()
                 ORDER BY TABLE_NAME""",
                row -> new TableRow(row.getString(1), row.getString(2), row.getString(3),
                        row.getString(4), row.getString(5)));
    }
}
