package dev.shale.verify;

import dev.shale.ExitCode;
import dev.shale.ShaleException;
import dev.shale.dialect.ConnectFailures;
import dev.shale.dialect.Dialect;
import dev.shale.model.Column;
import dev.shale.model.Table;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Copies up to N rows of a table from a (read-only) source session into the scratch database.
 * Foreign keys are not checked on the scratch: a sample is not a consistent subset. Generated
 * columns are left to the database.
 */
final class RowSample {
    private final Dialect dialect;
    private final Connection source;
    private final Connection target;

    RowSample(Dialect dialect, Connection source, Connection target) throws SQLException {
        this.dialect = dialect;
        this.source = source;
        this.target = target;
        try {
            dialect.rows().disableForeignKeyChecks(target);
        } catch (SQLException e) {
            throw new ShaleException(ExitCode.DATABASE_UNAVAILABLE, "cannot turn off foreign key checks on the "
                    + "scratch database: " + ConnectFailures.firstLine(e), "a sample of each table is not a "
                    + "consistent subset; set dev_url to a server where this user may turn off foreign key checks", e);
        }
    }

    /** The number of rows copied. */
    long copy(Table table, int limit) throws SQLException {
        List<Column> columns = table.columns().stream().filter(c -> c.generated() == null).toList();
        String name = TableNames.sql(dialect, table.name());
        String select = "SELECT " + columns.stream().map(c -> dialect.quote(c.name()))
                .collect(Collectors.joining(", ")) + " FROM " + name;
        long copied = 0;
        try (Statement read = source.createStatement();
             PreparedStatement write = target.prepareStatement(dialect.rows().insert(name, columns))) {
            read.setMaxRows(limit);
            try (ResultSet rows = read.executeQuery(select)) {
                while (rows.next()) {
                    for (int i = 1; i <= columns.size(); i++) {
                        write.setObject(i, rows.getObject(i));
                    }
                    write.addBatch();
                    copied++;
                }
            }
            write.executeBatch();
            dialect.rows().advanceSequences(target, name, columns);
        } catch (SQLException e) {
            throw new ShaleException(ExitCode.PROBLEMS_FOUND, "cannot copy the sample rows of table "
                    + TableNames.display(table.name()) + " to the scratch database: " + ConnectFailures.firstLine(e),
                    "run without --sample-rows to rehearse the schema only", e);
        }
        return copied;
    }
}
