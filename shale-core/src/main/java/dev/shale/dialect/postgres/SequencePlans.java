package dev.shale.dialect.postgres;

import dev.shale.diff.Change;
import dev.shale.model.Sequence;

/** Plans standalone sequences (serial sequences come with their columns). */
final class SequencePlans {
    private final PlanContext ctx;

    SequencePlans(PlanContext ctx) {
        this.ctx = ctx;
    }

    void add(Change.AddSequence change, PlanSteps out) {
        out.add(change, ctx.objects().createSequence(change.sequence()));
    }

    void drop(Change.DropSequence change, PlanSteps out) {
        out.add(change, "DROP SEQUENCE " + ctx.qualified(change.sequence().name()));
    }

    /**
     * START WITH changes the start setting only: the sequence's current value stays where it
     * is, and PostgreSQL refuses a range that no longer contains it.
     */
    void alter(Change.AlterSequence change, PlanSteps out) {
        out.add(change, ctx.objects().alterSequence(change.to()));
        Sequence from = change.from();
        Sequence to = change.to();
        if (to.minValue() > from.minValue() || to.maxValue() < from.maxValue()) {
            out.note("The range of sequence " + to.name() + " narrows to " + to.minValue() + ".." + to.maxValue()
                    + ": the ALTER fails if its current value lies outside.");
        }
    }
}
