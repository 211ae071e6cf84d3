package dev.shale.dialect.postgres;

import dev.shale.diff.Change;

/** Plans views and materialized views, which change by being dropped and created again. */
final class ViewPlans {
    private final PlanContext ctx;

    ViewPlans(PlanContext ctx) {
        this.ctx = ctx;
    }

    /** A materialized view is filled as it is created (WITH DATA, the default). */
    void add(Change.AddView change, PlanSteps out) {
        out.add(change, ctx.objects().createView(change.view()));
        if (change.view().comment() != null) {
            out.add(change, ctx.objects().viewComment(change.view()));
        }
    }

    void drop(Change.DropView change, PlanSteps out) {
        out.add(change, ctx.objects().dropView(change.view()));
    }
}
