package dev.shale.dialect.mysql;

import dev.shale.dialect.CatalogReader;
import dev.shale.model.Index;
import dev.shale.model.PrimaryKey;
import dev.shale.model.UniqueConstraint;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads primary keys, unique constraints and indexes of every table in one query on
 * information_schema.STATISTICS. MySQL has no unique constraint apart from a unique index,
 * so the split is by shape: a unique B-tree index on plain ascending whole columns is a
 * {@link UniqueConstraint}; any other unique index (prefix, DESC, expression, hash) stays an
 * {@link Index} with {@code unique = true}. The index MySQL creates for a foreign key that
 * has none is an ordinary index here: the renderer creates it with the table, the foreign
 * key then reuses it, so the round trip is exact whatever name the server chose for it.
 */
final class MysqlIndexReader {

    /** The key structures of one table. */
    record TableKeys(PrimaryKey primaryKey, List<UniqueConstraint> uniques, List<Index> indexes) {
        static final TableKeys NONE = new TableKeys(null, List.of(), List.of());
    }

    private record Part(String index, boolean unique, String type, Index.Key key) {
    }

    private final MysqlServer server;

    MysqlIndexReader(MysqlServer server) {
        this.server = server;
    }

    Map<String, TableKeys> read(CatalogReader catalog) throws SQLException {
        String expression = server.hasIndexExpressions() ? "EXPRESSION" : "NULL";
        Map<String, Map<String, List<Part>>> byTable = new LinkedHashMap<>();
        catalog.query("SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME, SUB_PART, COLLATION, INDEX_TYPE, "
                + expression + """
                
                  FROM information_schema.STATISTICS
                 WHERE TABLE_SCHEMA = DATABASE()
                 ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX""", row -> {
            String column = row.getString(4);
            Object subPart = row.getObject(5);
            // MariaDB reports the key length of a SPATIAL key part (32) as SUB_PART; it is no prefix.
            Integer prefix = subPart == null || "SPATIAL".equals(row.getString(7)) ? null
                    : ((Number) subPart).intValue();
            Index.Key key = new Index.Key(column, column == null ? MysqlExpressions.wrap(row.getString(8)) : null,
                    "D".equals(row.getString(6)), prefix);
            Part part = new Part(row.getString(2), row.getInt(3) == 0, row.getString(7), key);
            byTable.computeIfAbsent(row.getString(1), t -> new LinkedHashMap<>())
                    .computeIfAbsent(part.index(), i -> new ArrayList<>()).add(part);
            return null;
        });
        Map<String, TableKeys> result = new HashMap<>();
        byTable.forEach((table, indexes) -> result.put(table, keys(indexes)));
        return result;
    }

    private static TableKeys keys(Map<String, List<Part>> indexes) {
        PrimaryKey primaryKey = null;
        List<UniqueConstraint> uniques = new ArrayList<>();
        List<Index> plain = new ArrayList<>();
        for (Map.Entry<String, List<Part>> entry : indexes.entrySet()) {
            List<Part> parts = entry.getValue();
            List<Index.Key> keys = parts.stream().map(Part::key).toList();
            Part first = parts.get(0);
            if (entry.getKey().equals("PRIMARY")) {
                primaryKey = new PrimaryKey(null, keys.stream().map(Index.Key::column).toList());
            } else if (first.unique() && first.type().equals("BTREE") && keys.stream().allMatch(MysqlIndexReader::plain)) {
                uniques.add(new UniqueConstraint(entry.getKey(), keys.stream().map(Index.Key::column).toList()));
            } else {
                plain.add(new Index(entry.getKey(), first.unique(), keys, null,
                        first.type().toLowerCase(Locale.ROOT), List.of()));
            }
        }
        return new TableKeys(primaryKey, uniques, plain);
    }

    private static boolean plain(Index.Key key) {
        return key.column() != null && !key.descending() && key.prefixLength() == null;
    }
}
