package dev.shale.plan;

import dev.shale.diff.Change;
import java.util.Objects;

/**
 * One SQL statement of a migration, linked to the change that produced it, so that review
 * and lint reason about changes rather than about SQL text.
 *
 * @param sql            the statement, without a trailing semicolon
 * @param change         the change it implements (several statements may share one)
 * @param transactional  false when the statement cannot run inside a transaction
 *                       (e.g. CREATE INDEX CONCURRENTLY); such statements go to a
 *                       no-transaction migration
 * @param stage          the migration of a safe plan it belongs to; {@link Stage#MAIN} in a plain plan
 */
public record PlannedStatement(String sql, Change change, boolean transactional, Stage stage) {

    public PlannedStatement {
        Objects.requireNonNull(stage, "stage");
    }

    public PlannedStatement(String sql, Change change, boolean transactional) {
        this(sql, change, transactional, Stage.MAIN);
    }

    public static PlannedStatement of(String sql, Change change) {
        return new PlannedStatement(sql, change, true);
    }
}
