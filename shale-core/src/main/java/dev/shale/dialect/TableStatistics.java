package dev.shale.dialect;

import dev.shale.model.QualifiedName;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/**
 * How big the tables of a live database are, from the server's own statistics ({@code lint --env}
 * estimates). Reads every table in a constant number of queries, on a read-only session.
 */
public interface TableStatistics {

    /** Rows and bytes of each table of the database {@code readOnly} is connected to, keyed as inspection names them. */
    Map<QualifiedName, TableSize> read(Connection readOnly) throws SQLException;

    /**
     * The size of one table, as the server estimates it.
     *
     * @param rows  row count (the planner's estimate where the server keeps one)
     * @param bytes table data with its indexes and TOAST, in bytes
     */
    record TableSize(long rows, long bytes) {
    }
}
