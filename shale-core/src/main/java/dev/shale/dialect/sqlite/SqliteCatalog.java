package dev.shale.dialect.sqlite;

import dev.shale.dialect.CatalogReader;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The raw catalog of a SQLite main database, read with four queries whatever the number of
 * tables: {@code sqlite_schema} joined with the pragma table-valued functions
 * (https://sqlite.org/pragma.html#pragfunc). Rows are grouped by table name.
 */
record SqliteCatalog(List<ObjectRow> objects, Map<String, List<ColumnRow>> columns,
                     Map<String, List<IndexKeyRow>> indexKeys, Map<String, List<ForeignKeyRow>> foreignKeys) {

    /** Ordinary tables of the main database: no internal sqlite_* table, no virtual table. */
    private static String tablesJoined(String join) {
        return "FROM main.sqlite_schema m " + join + " WHERE m.type = 'table'"
                + " AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND m.sql NOT LIKE 'CREATE VIRTUAL %'";
    }

    /**
     * A row of {@code sqlite_schema} (internal objects left out).
     *
     * @param kind {@code table}, {@code view}, {@code virtual} or {@code shadow} from
     *             {@code pragma_table_list} for tables and views, null for indexes and triggers
     */
    record ObjectRow(String type, String name, String tableName, String sql, String kind, boolean withoutRowid,
                     boolean strict) {
    }

    /** A row of {@code pragma_table_xinfo}; {@code hidden} 2 is a virtual, 3 a stored generated column. */
    record ColumnRow(String table, int cid, String name, String type, boolean notNull, String defaultValue,
                     int primaryKeyPosition, int hidden) {
    }

    /** A key column of an index ({@code pragma_index_list} joined with {@code pragma_index_xinfo}); cid -2 is an expression. */
    record IndexKeyRow(String table, String index, boolean unique, String origin, boolean partial, int seqno,
                       int cid, String column, boolean descending, String collation) {
    }

    /** A row of {@code pragma_foreign_key_list}; {@code to} is null when the key refers to the primary key. */
    record ForeignKeyRow(String table, int id, int seq, String referencedTable, String from, String to,
                         String onUpdate, String onDelete) {
    }

    static SqliteCatalog read(CatalogReader catalog) throws SQLException {
        return new SqliteCatalog(objects(catalog), byTable(columns(catalog), ColumnRow::table),
                byTable(indexKeys(catalog), IndexKeyRow::table), byTable(foreignKeys(catalog), ForeignKeyRow::table));
    }

    private static List<ObjectRow> objects(CatalogReader catalog) throws SQLException {
        return catalog.query("SELECT m.type, m.name, m.tbl_name, m.sql, l.type AS kind, l.wr, l.strict"
                + " FROM main.sqlite_schema m LEFT JOIN pragma_table_list(m.name) l"
                + " ON l.schema = 'main' AND m.type IN ('table', 'view')"
                + " WHERE m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY m.type, m.name",
                row -> new ObjectRow(row.getString("type"), row.getString("name"), row.getString("tbl_name"),
                        row.getString("sql"), row.getString("kind"), row.getInt("wr") == 1, row.getInt("strict") == 1));
    }

    private static List<ColumnRow> columns(CatalogReader catalog) throws SQLException {
        return catalog.query("SELECT m.name AS table_name, c.cid, c.name, c.type, c.\"notnull\", c.dflt_value, c.pk,"
                + " c.hidden " + tablesJoined("JOIN pragma_table_xinfo(m.name, 'main') c")
                + " ORDER BY m.name, c.cid",
                row -> new ColumnRow(row.getString("table_name"), row.getInt("cid"), row.getString("name"),
                        row.getString("type"), row.getInt("notnull") == 1, row.getString("dflt_value"),
                        row.getInt("pk"), row.getInt("hidden")));
    }

    private static List<IndexKeyRow> indexKeys(CatalogReader catalog) throws SQLException {
        return catalog.query("SELECT m.name AS table_name, l.name AS index_name, l.\"unique\", l.origin, l.partial,"
                + " x.seqno, x.cid, x.name AS column_name, x.\"desc\", x.coll "
                + tablesJoined("JOIN pragma_index_list(m.name, 'main') l JOIN pragma_index_xinfo(l.name, 'main') x")
                + " AND x.key = 1 ORDER BY m.name, l.name, x.seqno",
                row -> new IndexKeyRow(row.getString("table_name"), row.getString("index_name"),
                        row.getInt("unique") == 1, row.getString("origin"), row.getInt("partial") == 1,
                        row.getInt("seqno"), row.getInt("cid"), row.getString("column_name"),
                        row.getInt("desc") == 1, row.getString("coll")));
    }

    private static List<ForeignKeyRow> foreignKeys(CatalogReader catalog) throws SQLException {
        return catalog.query("SELECT m.name AS table_name, f.id, f.seq, f.\"table\" AS referenced, f.\"from\","
                + " f.\"to\", f.on_update, f.on_delete "
                + tablesJoined("JOIN pragma_foreign_key_list(m.name, 'main') f") + " ORDER BY m.name, f.id, f.seq",
                row -> new ForeignKeyRow(row.getString("table_name"), row.getInt("id"), row.getInt("seq"),
                        row.getString("referenced"), row.getString("from"), row.getString("to"),
                        row.getString("on_update"), row.getString("on_delete")));
    }

    private static <R> Map<String, List<R>> byTable(List<R> rows, java.util.function.Function<R, String> table) {
        Map<String, List<R>> grouped = new LinkedHashMap<>();
        for (R row : rows) {
            grouped.computeIfAbsent(table.apply(row), t -> new java.util.ArrayList<>()).add(row);
        }
        return grouped;
    }

    List<ColumnRow> columnsOf(String table) {
        return columns.getOrDefault(table, List.of());
    }

    List<IndexKeyRow> indexKeysOf(String table) {
        return indexKeys.getOrDefault(table, List.of());
    }

    List<ForeignKeyRow> foreignKeysOf(String table) {
        return foreignKeys.getOrDefault(table, List.of());
    }
}
