package dev.shale.dialect.postgres;

import dev.shale.dialect.SchemaPlanner;
import dev.shale.diff.Change;
import dev.shale.diff.ChangeSet;
import dev.shale.model.DatabaseSchema;
import dev.shale.plan.ExpandContract;
import dev.shale.plan.Plan;
import java.util.Optional;
import dev.shale.plan.SafePlan;

/**
 * Turns a change set into the PostgreSQL 13+ statements that carry it out, in the change
 * set's order, with notes on what the SQL cannot say (data a reverse plan cannot bring back,
 * table rewrites). {@link #plan} writes the plain forms, all of which run inside one transaction;
 * {@link #safePlan} the forms that keep live tables available.
 */
public final class PostgresPlanner implements SchemaPlanner {
    private final PostgresNames names;

    public PostgresPlanner(PostgresDialect dialect) {
        this.names = new PostgresNames(dialect);
    }

    @Override
    public Plan plan(ChangeSet changes, DatabaseSchema from, DatabaseSchema to) {
        PlanSteps steps = new PlanSteps();
        ChangeRouter router = new ChangeRouter(PlanContext.of(names, changes, from, to), steps);
        for (Change change : changes.changes()) {
            change.accept(router);
        }
        return steps.build();
    }

    /** See {@link ExpandContractPlan}. */
    @Override
    public Optional<ExpandContract> expandContract(Change.RenameColumn rename, DatabaseSchema from) {
        return Optional.of(new ExpandContractPlan(names).plan(rename, from));
    }

    /** See {@link SafeForms} for what changes and why. */
    @Override
    public SafePlan safePlan(ChangeSet changes, DatabaseSchema from, DatabaseSchema to) {
        PlanSteps steps = new PlanSteps();
        ChangeRouter router = new ChangeRouter(PlanContext.of(names, changes, from, to), steps, true);
        for (Change change : changes.changes()) {
            change.accept(router);
        }
        return steps.buildSafe();
    }
}
