package dev.shale.dialect;

import java.util.List;

/**
 * SQL that makes migrations applied on two sessions at once commit in their order (see
 * {@link MigrationSupport#commitOrder}). A migration is named by its rank in the history table.
 * Before a session's migrations are sent, it holds the ranks whose successors run on the other
 * session; each successor waits, before its COMMIT, until that rank is released and checks that
 * its history row is there, so no migration ever commits before the one before it did.
 */
public interface CommitOrder {
    /** A statement (run on its own, before the batch) that holds {@code ranks} for this session. */
    String hold(List<Integer> ranks);

    /**
     * A statement for a migration's batch, before its COMMIT: waits until {@code rank} is
     * released and fails, rolling the migration back, unless the history row of {@code rank} is
     * committed.
     */
    String awaitCommitted(int rank);

    /** A statement for a migration's batch, after its COMMIT: releases its own {@code rank}. */
    String release(int rank);

    /** A statement (run on its own, after a failure) that releases every rank this session still holds. */
    String releaseHeld();
}
