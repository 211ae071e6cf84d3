package dev.shale.dialect;

import dev.shale.diff.Change;
import dev.shale.diff.ChangeSet;
import dev.shale.model.DatabaseSchema;
import java.util.Optional;
import dev.shale.plan.ExpandContract;
import dev.shale.plan.Plan;
import dev.shale.plan.SafePlan;

/**
 * Turns a change set into this dialect's statements. The planner sees both schemas, because
 * some changes need context (SQLite rebuilds a whole table for most ALTERs; a dropped column
 * may take a view with it).
 */
public interface SchemaPlanner {

    /**
     * @param changes the ordered changes from {@code from} to {@code to}
     * @param from    the schema the statements run on
     * @param to      the schema they must produce
     */
    Plan plan(ChangeSet changes, DatabaseSchema from, DatabaseSchema to);

    /**
     * The same change in the form that keeps a live table available (concurrent index builds,
     * constraints added unvalidated and validated later, NOT NULL via a batched backfill),
     * spread over stages. A dialect without safe forms returns the plain plan.
     */
    /**
     * A confirmed column rename as expand / contract migrations; empty when this dialect has no
     * such form. May refuse (a {@code ShaleException}) a column the form cannot carry over.
     *
     * @param from the schema the expand migration runs on
     */
    default Optional<ExpandContract> expandContract(Change.RenameColumn rename, DatabaseSchema from) {
        return Optional.empty();
    }

    default SafePlan safePlan(ChangeSet changes, DatabaseSchema from, DatabaseSchema to) {
        return SafePlan.plain(plan(changes, from, to));
    }
}
