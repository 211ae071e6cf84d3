package dev.shale.lint;

import java.util.List;
import java.util.Optional;

/** The catalogue of lint rules with their stable ids. */
public final class Rules {
    public static final Rule DROP_TABLE = new Rule("DS101", "table dropped", Severity.NEEDS_APPROVAL, Risk.HIGH,
            "stop using the table in the application first (expand/contract), take a backup, then drop it "
                    + "in a later release");
    public static final Rule DROP_COLUMN = new Rule("DS102", "column dropped", Severity.NEEDS_APPROVAL, Risk.HIGH,
            "deploy application code that no longer reads or writes the column first, then drop it in a "
                    + "later migration");
    public static final Rule TYPE_CHANGE = new Rule("DS201", "column type changed: rewrite or data loss",
            Severity.NEEDS_APPROVAL, Risk.HIGH,
            "add a new column, write both (trigger or application), backfill in batches, switch reads, "
                    + "then drop the old column");
    public static final Rule NOT_NULL_COLUMN = new Rule("DS301", "NOT NULL column added without a default",
            Severity.BLOCKED, Risk.HIGH,
            "add the column nullable (or with a default), backfill it in batches, then make it NOT NULL");
    public static final Rule SET_NOT_NULL = new Rule("DS302", "existing column made NOT NULL",
            Severity.NEEDS_APPROVAL, Risk.MEDIUM,
            "backfill first; on PostgreSQL add CHECK (col IS NOT NULL) NOT VALID, VALIDATE it in another "
                    + "migration, then SET NOT NULL (no scan) and drop the CHECK");
    public static final Rule BLOCKING_INDEX = new Rule("DS401", "index built or dropped without CONCURRENTLY",
            Severity.NEEDS_APPROVAL, Risk.MEDIUM,
            "CREATE INDEX CONCURRENTLY / DROP INDEX CONCURRENTLY in a migration marked -- shale:no-transaction");
    public static final Rule VALIDATED_CONSTRAINT = new Rule("DS402", "constraint added without NOT VALID",
            Severity.NEEDS_APPROVAL, Risk.MEDIUM,
            "ADD CONSTRAINT … NOT VALID, then VALIDATE CONSTRAINT in a separate migration");
    public static final Rule RENAME = new Rule("DS501", "table or column renamed", Severity.NEEDS_APPROVAL,
            Risk.MEDIUM, "add the new name beside the old one (new column + backfill, or a view under the old "
                    + "table name), move the application over, then remove the old name");
    public static final Rule TABLE_COPY = new Rule("DS601", "MySQL operation that copies the table (ALGORITHM=COPY)",
            Severity.NEEDS_APPROVAL, Risk.HIGH,
            "state ALGORITHM=INPLACE or INSTANT with LOCK=NONE so the server refuses a blocking copy, or run "
                    + "the change with an online schema change tool (gh-ost, pt-online-schema-change)");
    public static final Rule TABLE_REBUILD = new Rule("DS602", "SQLite table rebuild", Severity.INFO, Risk.MEDIUM,
            "fine for small tables; for large ones schedule it when writers can wait, the rebuild holds the "
                    + "write lock while it copies every row");
    public static final Rule NO_DOWN = new Rule("DS701", "no down section", Severity.NEEDS_APPROVAL, Risk.LOW,
            "write the statements that take the migration back under -- shale:down");
    public static final Rule NON_TRANSACTIONAL = new Rule("DS702",
            "statement that cannot run in a transaction, in a transactional migration", Severity.NEEDS_APPROVAL,
            Risk.MEDIUM, "move the statement into its own migration marked -- shale:no-transaction");
    public static final Rule UNBATCHED_BACKFILL = new Rule("DS801", "UPDATE or DELETE of a whole table in one statement",
            Severity.NEEDS_APPROVAL, Risk.MEDIUM,
            "backfill in batches (WHERE id BETWEEN … in a loop, outside the schema migration), each batch "
                    + "its own short transaction");
    public static final Rule NO_LOCK_TIMEOUT = new Rule("DS901", "blocking lock taken without a lock timeout",
            Severity.NEEDS_APPROVAL, Risk.MEDIUM,
            "bound the wait first: SET lock_timeout = '5s' (PostgreSQL) or SET SESSION lock_wait_timeout = 5 "
                    + "(MySQL) at the top of the migration, or keep statement_lock_timeout in shale.toml above 0");

    /** Every rule, in id order. */
    public static final List<Rule> ALL = List.of(DROP_TABLE, DROP_COLUMN, TYPE_CHANGE, NOT_NULL_COLUMN, SET_NOT_NULL,
            BLOCKING_INDEX, VALIDATED_CONSTRAINT, RENAME, TABLE_COPY, TABLE_REBUILD, NO_DOWN, NON_TRANSACTIONAL,
            UNBATCHED_BACKFILL, NO_LOCK_TIMEOUT);

    private Rules() {
    }

    /** The rule with {@code id}, case-insensitive. */
    public static Optional<Rule> find(String id) {
        return ALL.stream().filter(r -> r.id().equalsIgnoreCase(id)).findFirst();
    }
}
