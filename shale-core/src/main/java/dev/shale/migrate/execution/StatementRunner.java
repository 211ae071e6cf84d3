package dev.shale.migrate.execution;

import dev.shale.migrate.history.SqlCommand;
import java.sql.SQLException;
import java.util.List;

/** Where migration SQL goes: the database, or the script a dry run prints. */
interface StatementRunner {
    void execute(String sql) throws SQLException;

    /**
     * Runs statements in order as one batch. A failure does not say reliably which statement
     * failed (drivers differ), so the caller finds it by running them one by one again.
     */
    default void executeBatch(List<String> sql) throws SQLException {
        for (String each : sql) {
            execute(each);
        }
    }

    void run(SqlCommand command) throws SQLException;

    void begin() throws SQLException;

    void commit() throws SQLException;

    /** Undoes the open transaction after a failure; never throws. */
    void rollbackQuietly();
}
