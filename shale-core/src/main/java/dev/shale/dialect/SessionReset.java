package dev.shale.dialect;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Undoes on a borrowed connection what Shale's sessions may have changed (lock timeouts,
 * read-only mode, session locks), before the connection goes back to the application's pool.
 * Made by {@link Dialect#sessionReset} when the connection is borrowed, so it can restore values
 * read then.
 */
@FunctionalInterface
public interface SessionReset {

    /** Restores the session of {@code connection}; a failure means the connection must not be reused. */
    void reset(Connection connection) throws SQLException;
}
