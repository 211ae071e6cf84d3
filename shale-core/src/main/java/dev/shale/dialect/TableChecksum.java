package dev.shale.dialect;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A fingerprint of a table's data: how many rows it has and, per column, how many non-null
 * values and a checksum of them that does not depend on row order. Two fingerprints of the same
 * table on the same database are equal exactly when (short of a hash collision) the data is.
 *
 * @param columns by column name
 */
public record TableChecksum(long rows, Map<String, ColumnChecksum> columns) {

    public TableChecksum {
        columns = Map.copyOf(new TreeMap<>(columns));
    }

    /**
     * Reads the one row of an aggregate query that selects {@code count(*)} and then, per column of
     * {@code columns} in order, its non-null count and its checksum.
     */
    public static TableChecksum fromAggregateRow(ResultSet row, List<String> columns) throws SQLException {
        row.next();
        Map<String, ColumnChecksum> sums = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            sums.put(columns.get(i), new ColumnChecksum(row.getLong(2 + 2 * i), row.getString(3 + 2 * i)));
        }
        return new TableChecksum(row.getLong(1), sums);
    }

    /** One column's non-null count and checksum. */
    public record ColumnChecksum(long nonNull, String checksum) {
    }
}
