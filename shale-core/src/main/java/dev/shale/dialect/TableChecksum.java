package dev.shale.dialect;

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

    /** One column's non-null count and checksum. */
    public record ColumnChecksum(long nonNull, String checksum) {
    }
}
