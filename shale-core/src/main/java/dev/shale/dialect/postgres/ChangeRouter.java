package dev.shale.dialect.postgres;

import dev.shale.diff.Change;

/**
 * Sends each kind of change to the planner of its group. Being a {@link Change.Visitor}, it
 * cannot compile without a route for every kind; a safer strategy for one group (concurrent
 * indexes, NOT VALID constraints) replaces that group's planner without touching the others.
 */
final class ChangeRouter implements Change.Visitor<Void> {
    private final PlanSteps out;
    private final TablePlans tables;
    private final ColumnPlans columns;
    private final AlterColumnPlan alterColumn;
    private final ConstraintPlans constraints;
    private final EnumPlans enums;
    private final SequencePlans sequences;
    private final ViewPlans views;

    private final SafeForms safe;

    ChangeRouter(PlanContext ctx, PlanSteps out) {
        this(ctx, out, false);
    }

    /** @param safe true to write the safe forms of the changes that have one on a live table */
    ChangeRouter(PlanContext ctx, PlanSteps out, boolean safe) {
        this.out = out;
        this.tables = new TablePlans(ctx);
        this.columns = new ColumnPlans(ctx);
        this.alterColumn = new AlterColumnPlan(ctx);
        this.constraints = new ConstraintPlans(ctx);
        this.enums = new EnumPlans(ctx);
        this.sequences = new SequencePlans(ctx);
        this.views = new ViewPlans(ctx);
        this.safe = safe ? new SafeForms(ctx, columns, alterColumn) : null;
    }

    @Override
    public Void visit(Change.AddTable change) {
        tables.add(change, out);
        return null;
    }

    @Override
    public Void visit(Change.DropTable change) {
        tables.drop(change, out);
        return null;
    }

    @Override
    public Void visit(Change.RenameTable change) {
        tables.rename(change, out);
        return null;
    }

    @Override
    public Void visit(Change.AddColumn change) {
        if (safe != null && safe.plan(change, out)) {
            return null;
        }
        columns.add(change, out);
        return null;
    }

    @Override
    public Void visit(Change.DropColumn change) {
        columns.drop(change, out);
        return null;
    }

    @Override
    public Void visit(Change.RenameColumn change) {
        columns.rename(change, out);
        return null;
    }

    @Override
    public Void visit(Change.AlterColumn change) {
        if (safe != null && safe.plan(change, out)) {
            return null;
        }
        alterColumn.plan(change, out);
        return null;
    }

    @Override
    public Void visit(Change.AddPrimaryKey change) {
        constraints.addPrimaryKey(change, out);
        return null;
    }

    @Override
    public Void visit(Change.DropPrimaryKey change) {
        constraints.dropPrimaryKey(change, out);
        return null;
    }

    @Override
    public Void visit(Change.AddUnique change) {
        constraints.addUnique(change, out);
        return null;
    }

    @Override
    public Void visit(Change.DropUnique change) {
        constraints.dropUnique(change, out);
        return null;
    }

    @Override
    public Void visit(Change.AddForeignKey change) {
        if (safe != null && safe.plan(change, out)) {
            return null;
        }
        constraints.addForeignKey(change, out);
        return null;
    }

    @Override
    public Void visit(Change.DropForeignKey change) {
        constraints.dropForeignKey(change, out);
        return null;
    }

    @Override
    public Void visit(Change.AddCheck change) {
        if (safe != null && safe.plan(change, out)) {
            return null;
        }
        constraints.addCheck(change, out);
        return null;
    }

    @Override
    public Void visit(Change.DropCheck change) {
        constraints.dropCheck(change, out);
        return null;
    }

    @Override
    public Void visit(Change.AddIndex change) {
        if (safe != null && safe.plan(change, out)) {
            return null;
        }
        constraints.addIndex(change, out);
        return null;
    }

    @Override
    public Void visit(Change.DropIndex change) {
        if (safe != null && safe.plan(change, out)) {
            return null;
        }
        constraints.dropIndex(change, out);
        return null;
    }

    @Override
    public Void visit(Change.SetTableComment change) {
        tables.comment(change, out);
        return null;
    }

    @Override
    public Void visit(Change.SetTableOptions change) {
        tables.options(change, out);
        return null;
    }

    @Override
    public Void visit(Change.AddEnum change) {
        enums.add(change, out);
        return null;
    }

    @Override
    public Void visit(Change.DropEnum change) {
        enums.drop(change, out);
        return null;
    }

    @Override
    public Void visit(Change.AddEnumValues change) {
        enums.addValues(change, out);
        return null;
    }

    @Override
    public Void visit(Change.AddSequence change) {
        sequences.add(change, out);
        return null;
    }

    @Override
    public Void visit(Change.DropSequence change) {
        sequences.drop(change, out);
        return null;
    }

    @Override
    public Void visit(Change.AlterSequence change) {
        sequences.alter(change, out);
        return null;
    }

    @Override
    public Void visit(Change.AddView change) {
        views.add(change, out);
        return null;
    }

    @Override
    public Void visit(Change.DropView change) {
        views.drop(change, out);
        return null;
    }
}
