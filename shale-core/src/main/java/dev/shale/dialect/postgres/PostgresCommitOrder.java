package dev.shale.dialect.postgres;

import dev.shale.dialect.CommitOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.CRC32;

/**
 * The commit order of migrations on two sessions, kept with session-level advisory locks keyed
 * by a hash of the migration lock's name and the migration's rank
 * (https://www.postgresql.org/docs/current/functions-admin.html#FUNCTIONS-ADVISORY-LOCKS). The
 * waiting side takes the rank's lock shared for its transaction, then looks for the row: a rank
 * released after a rollback (a failure) has none, and the waiting migration fails instead of
 * committing after a hole. The waits are bounded by the session's lock_timeout. DO blocks, as
 * a batch may not hold statements that return rows.
 */
final class PostgresCommitOrder implements CommitOrder {
    private final String historyTable;
    private final int key;

    PostgresCommitOrder(String historyTable, String lockName) {
        this.historyTable = historyTable;
        CRC32 crc = new CRC32();
        crc.update(("commit order of " + lockName).getBytes(StandardCharsets.UTF_8));
        this.key = (int) (crc.getValue() & 0x7fffffff);
    }

    @Override
    public String hold(List<Integer> ranks) {
        return ranks.stream().map(rank -> "pg_advisory_lock(" + key + ", " + rank + ")")
                .collect(Collectors.joining(", ", "SELECT ", ""));
    }

    @Override
    public String awaitCommitted(int rank) {
        return "DO $shale$BEGIN PERFORM pg_advisory_xact_lock_shared(" + key + ", " + rank + "); "
                + "IF NOT EXISTS (SELECT 1 FROM " + historyTable + " WHERE installed_rank = " + rank + ") THEN "
                + "RAISE EXCEPTION 'migration % before this one did not commit', " + rank + "; END IF; END$shale$";
    }

    @Override
    public String release(int rank) {
        return "DO $shale$BEGIN PERFORM pg_advisory_unlock(" + key + ", " + rank + "); END$shale$";
    }

    @Override
    public String releaseHeld() {
        // Two-key advisory locks appear in pg_locks as classid, objid and objsubid = 2.
        return "SELECT pg_advisory_unlock(" + key + ", objid::int) FROM pg_locks WHERE locktype = 'advisory' "
                + "AND pid = pg_backend_pid() AND granted AND objsubid = 2 AND classid = " + key + "::int4::oid";
    }
}
