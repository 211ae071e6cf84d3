package dev.shale.migrate.execution;

import dev.shale.migrate.history.SqlCommand;
import java.sql.SQLException;

/** Where migration SQL goes: the database, or the script a dry run prints. */
interface StatementRunner {
    void execute(String sql) throws SQLException;

    void run(SqlCommand command) throws SQLException;

    void begin() throws SQLException;

    void commit() throws SQLException;

    /** Undoes the open transaction after a failure; never throws. */
    void rollbackQuietly();
}
