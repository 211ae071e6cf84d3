package dev.shale.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The session-level lock that lets one deployer at a time migrate a database. It belongs to
 * the connection (or the process) that took it, so a deployer that dies releases it.
 * Acquisition never blocks inside the database: the runner polls {@link #tryAcquire}, so a
 * waiting deployer never holds a transaction open that a concurrent index build would wait for.
 */
public interface MigrationLock {

    /** Tries once, without waiting; true when this session now holds the lock. */
    boolean tryAcquire(Connection connection) throws SQLException;

    /** Who holds the lock, as a person would recognise it, when the database can tell. */
    Optional<String> holder(Connection connection) throws SQLException;

    /** Releases a lock this session holds. */
    void release(Connection connection) throws SQLException;
}
