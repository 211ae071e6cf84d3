package dev.shale.dialect;

import dev.shale.model.Column;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Table rows as {@code shale verify --sample-rows} needs them: writing a sample copied from an
 * environment into a scratch database, and fingerprinting a table's data (row count and a
 * checksum per column) so that a rehearsal can tell which values a migration or its rollback lost.
 */
public interface RowData {

    /**
     * Lets this session write rows whose foreign keys point at rows that were not copied (a
     * sample of each table is not a consistent subset).
     */
    void disableForeignKeyChecks(Connection connection) throws SQLException;

    /**
     * The INSERT of one row into {@code table} (quoted and qualified) with {@code columns}, one
     * {@code ?} per column; explicit values must be accepted also for identity columns.
     */
    String insert(String table, List<Column> columns);

    /**
     * After rows with explicit keys were copied into {@code table} (quoted and qualified): moves
     * the sequences that number its {@code columns} past them, where the database does not itself,
     * so that a migration inserting rows gets fresh keys.
     */
    void advanceSequences(Connection connection, String table, List<Column> columns) throws SQLException;

    /**
     * The row count of {@code table} (quoted and qualified) and, per column, its non-null count
     * and an order-independent checksum of its values.
     */
    TableChecksum checksum(Connection connection, String table, List<String> columns) throws SQLException;
}
