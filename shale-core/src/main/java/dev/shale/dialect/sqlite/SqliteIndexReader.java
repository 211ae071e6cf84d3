package dev.shale.dialect.sqlite;

import dev.shale.dialect.sqlite.SqliteCatalog.IndexKeyRow;
import dev.shale.model.Index;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds the indexes of one table created with CREATE INDEX (origin 'c'; those behind PRIMARY
 * KEY and UNIQUE constraints are the constraints). Key columns, order and collations come from
 * {@code pragma_index_xinfo}; expression keys (cid -2) and the WHERE of a partial index only
 * exist in the CREATE INDEX text (https://sqlite.org/lang_createindex.html). A column key whose
 * collation differs from the column's own is written as the expression
 * {@code "column" COLLATE NAME}, as the model has no collation per key.
 */
final class SqliteIndexReader {
    private final SqliteSqlText text;
    private final SqliteSqlText.Names names;
    private final SqliteTableSql table;

    SqliteIndexReader(SqliteSqlText text, SqliteSqlText.Names names, SqliteTableSql table) {
        this.text = text;
        this.names = names;
        this.table = table;
    }

    /** @param indexSql the CREATE INDEX text of every index by name */
    List<Index> read(List<IndexKeyRow> keys, Map<String, String> indexSql) {
        List<Index> indexes = new ArrayList<>();
        for (List<IndexKeyRow> rows : byIndex(keys, "c")) {
            String sql = indexSql.get(rows.get(0).index());
            if (sql == null) {
                throw new IllegalStateException("no CREATE INDEX text for " + rows.get(0).index());
            }
            indexes.add(index(rows, sql));
        }
        return indexes;
    }

    /** The key rows of each index of {@code origin}, grouped by index in seqno order. */
    static List<List<IndexKeyRow>> byIndex(List<IndexKeyRow> keys, String origin) {
        Map<String, List<IndexKeyRow>> grouped = new LinkedHashMap<>();
        for (IndexKeyRow key : keys) {
            if (key.origin().equals(origin)) {
                grouped.computeIfAbsent(key.index(), i -> new ArrayList<>()).add(key);
            }
        }
        return List.copyOf(grouped.values());
    }

    private Index index(List<IndexKeyRow> rows, String sql) {
        SqliteTokenCursor cursor = new SqliteTokenCursor(SqliteTokenizer.tokenize(sql));
        while (!cursor.atEnd() && !cursor.peekSymbol("(")) {
            cursor.next();
        }
        List<List<SqliteToken>> parts = SqliteTokenCursor.splitTopLevel(cursor.group());
        String where = null;
        if (cursor.acceptWord("WHERE")) {
            where = text.render(cursor.rest(), names);
        }
        List<Index.Key> keys = new ArrayList<>();
        for (IndexKeyRow row : rows) {
            keys.add(key(row, parts.get(row.seqno())));
        }
        IndexKeyRow first = rows.get(0);
        return new Index(first.index(), first.unique(), keys, first.partial() ? where : null, null, List.of());
    }

    private Index.Key key(IndexKeyRow row, List<SqliteToken> written) {
        if (row.cid() >= 0) {
            String columnCollation = SqliteTableReader.collation(table.column(row.column()).collation());
            String keyCollation = SqliteTableReader.collation(row.collation());
            if (Objects.equals(columnCollation, keyCollation)) {
                return new Index.Key(row.column(), null, row.descending(), null);
            }
            String collation = keyCollation == null ? "BINARY" : keyCollation;
            return new Index.Key(null, text.quote(row.column()) + " COLLATE " + collation, row.descending(), null);
        }
        List<SqliteToken> expression = written;
        SqliteToken last = expression.get(expression.size() - 1);
        if (last.isWord("ASC") || last.isWord("DESC")) {
            expression = expression.subList(0, expression.size() - 1);
        }
        return new Index.Key(null, text.render(expression, names), row.descending(), null);
    }
}
