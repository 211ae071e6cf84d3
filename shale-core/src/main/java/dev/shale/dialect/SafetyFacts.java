package dev.shale.dialect;

import dev.shale.diff.Change;
import dev.shale.model.Column;
import java.time.Duration;
import java.util.Optional;

/**
 * What one database does when a schema change runs on a live table: which lock it takes and
 * what that blocks, whether a type change rewrites or loses data, whether the table is copied
 * (MySQL) or rebuilt (SQLite), and which safer statement forms exist. The linter asks these
 * facts and never branches on a database name. The defaults say "no such thing here".
 */
public interface SafetyFacts {

    /** The lock {@code change} takes on an existing table and what it blocks, when known. */
    default Optional<LockFact> lock(Change change) {
        return Optional.empty();
    }

    /** What changing a column from {@code from} to {@code to} costs; empty when the type did not change. */
    default Optional<TypeChange> typeChange(Column from, Column to) {
        return Optional.empty();
    }

    /** True when this database can build an index without blocking writes (a CONCURRENTLY form). */
    default boolean offersConcurrentIndexBuild() {
        return false;
    }

    /** True when {@code statement} builds or drops its index in the non-blocking form. */
    default boolean isConcurrentIndexStatement(String statement) {
        return false;
    }

    /** True when this database can add a constraint without checking existing rows under lock. */
    default boolean offersUnvalidatedConstraints() {
        return false;
    }

    /** True when {@code statement} adds its constraint without validating existing rows. */
    default boolean skipsValidation(String statement) {
        return false;
    }

    /** True when {@code statement} validates the constraint {@code name} added earlier without validation. */
    default boolean validatesConstraint(String statement, String name) {
        return false;
    }

    /**
     * True when making a column NOT NULL skips its scan of the table once a validated
     * {@code CHECK (column IS NOT NULL)} proves it.
     */
    default boolean notNullTrustsValidatedCheck() {
        return false;
    }

    /**
     * Why {@code change}, made by {@code statement}, copies the table and blocks writes while it
     * does (MySQL ALGORITHM=COPY); empty when it does not.
     */
    default Optional<String> copiesTable(Change change, String statement) {
        return Optional.empty();
    }

    /** True when {@code change} on an existing table can only be made by rebuilding the table (SQLite). */
    default boolean rebuildsTable(Change change) {
        return false;
    }

    /**
     * True when {@code change} on an existing table takes a lock that queues the application's
     * reads or writes behind it while it waits (PostgreSQL ACCESS EXCLUSIVE, MySQL's exclusive
     * metadata lock); such a statement needs a bounded lock wait (DS901).
     */
    default boolean queuesTrafficWhileWaiting(Change change) {
        return false;
    }

    /**
     * The lock wait bound {@code statement} sets for the session (PostgreSQL {@code SET lock_timeout},
     * MySQL {@code SET lock_wait_timeout}): empty when it sets none, {@link Duration#ZERO} when it
     * removes the bound.
     */
    default Optional<Duration> lockWaitBound(String statement) {
        return Optional.empty();
    }

    /**
     * The work {@code change}, made by {@code statement}, does over an existing table's rows while
     * the statement runs (a rewrite, a validating scan, an index build); empty when it only
     * touches the catalog.
     */
    default Optional<Work> work(Change change, String statement) {
        return Optional.empty();
    }

    /**
     * How many bytes a second this database gets through for {@code kind} on ordinary hardware: an
     * order-of-magnitude figure for duration estimates, not a measurement.
     */
    default long bytesPerSecond(WorkKind kind) {
        return 50L * 1024 * 1024;
    }

    /** What a statement does with every row of a table. */
    enum WorkKind {
        /** the table is copied or rewritten */
        REWRITE,
        /** every row is read to check a constraint */
        SCAN,
        /** an index is built from every row */
        INDEX_BUILD;

        /** Lower-case words, as reports print it. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }
    }

    /**
     * Work over a table's rows, and whether the lock held meanwhile blocks the application.
     *
     * @param kind     rewrite, scan or index build
     * @param blocking reads or writes on the table wait until it ends
     */
    record Work(WorkKind kind, boolean blocking) {
    }

    /**
     * A lock and what it blocks.
     *
     * @param lock   the lock, in the database's own words (e.g. {@code ACCESS EXCLUSIVE})
     * @param blocks what other sessions cannot do while it is held (e.g. {@code reads and writes})
     */
    record LockFact(String lock, String blocks) {
    }

    /**
     * The cost of a column type change.
     *
     * @param rewrites    the table (and its indexes) is rewritten or copied
     * @param mayLoseData values may be cut, rounded or refused by the new type
     * @param why         one line saying which of the database's rules applies
     */
    record TypeChange(boolean rewrites, boolean mayLoseData, String why) {
    }
}
