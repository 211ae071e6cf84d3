package dev.shale.dialect.postgres;

import dev.shale.ShaleException;
import dev.shale.diff.Change;
import dev.shale.model.ForeignKey;
import dev.shale.model.QualifiedName;

/**
 * Plans constraints and indexes in their plain form: ADD / DROP CONSTRAINT, CREATE / DROP
 * INDEX. These take strong locks and validate under them; the safe forms (NOT VALID +
 * VALIDATE, CONCURRENTLY) are another planner's job.
 */
final class ConstraintPlans {
    private final PlanContext ctx;

    ConstraintPlans(PlanContext ctx) {
        this.ctx = ctx;
    }

    void addPrimaryKey(Change.AddPrimaryKey change, PlanSteps out) {
        out.add(change, ctx.alterTable(change.table(), "ADD " + ctx.tables().primaryKey(change.primaryKey())));
    }

    void dropPrimaryKey(Change.DropPrimaryKey change, PlanSteps out) {
        dropForeignKeysOfDroppedTables(change, out);
        dropConstraint(change, change.table(), change.primaryKey().name(), "primary key", out);
    }

    void addUnique(Change.AddUnique change, PlanSteps out) {
        out.add(change, ctx.alterTable(change.table(), "ADD " + ctx.tables().unique(change.unique())));
    }

    void dropUnique(Change.DropUnique change, PlanSteps out) {
        dropForeignKeysOfDroppedTables(change, out);
        dropConstraint(change, change.table(), change.unique().name(), "unique constraint", out);
    }

    void addCheck(Change.AddCheck change, PlanSteps out) {
        out.add(change, ctx.alterTable(change.table(), "ADD " + ctx.tables().check(change.check())));
    }

    void dropCheck(Change.DropCheck change, PlanSteps out) {
        dropConstraint(change, change.table(), change.check().name(), "check constraint", out);
    }

    void addForeignKey(Change.AddForeignKey change, PlanSteps out) {
        out.add(change, ctx.tables().foreignKey(change.table(), change.foreignKey()));
    }

    void dropForeignKey(Change.DropForeignKey change, PlanSteps out) {
        if (out.once(foreignKeyKey(change.table(), change.foreignKey()))) {
            dropConstraint(change, change.table(), change.foreignKey().name(), "foreign key", out);
        }
    }

    /**
     * A table that the change set drops still exists while keys are dropped (tables go later),
     * and its foreign keys to this table depend on the key's index: they go first.
     */
    private void dropForeignKeysOfDroppedTables(Change change, PlanSteps out) {
        for (Change other : ctx.changes().changes()) {
            if (other instanceof Change.DropTable drop) {
                for (ForeignKey fk : drop.table().foreignKeys()) {
                    if (fk.referencedTable().equals(change.subject())
                            && out.once(foreignKeyKey(drop.table().name(), fk))) {
                        dropConstraint(change, drop.table().name(), fk.name(), "foreign key", out);
                    }
                }
            }
        }
    }

    private static String foreignKeyKey(QualifiedName table, ForeignKey fk) {
        return "drop foreign key " + table + "/" + fk.name();
    }

    void addIndex(Change.AddIndex change, PlanSteps out) {
        out.add(change, ctx.tables().createIndex(change.table(), change.index()));
    }

    /** An index lives in its table's schema. */
    void dropIndex(Change.DropIndex change, PlanSteps out) {
        QualifiedName index = QualifiedName.of(change.table().schema(), change.index().name());
        if (change.index().unique()) {
            dropForeignKeysOfDroppedTables(change, out);
        }
        out.add(change, "DROP INDEX " + ctx.qualified(index));
    }

    private void dropConstraint(Change change, QualifiedName table, String name, String kind, PlanSteps out) {
        if (name == null) {
            throw ShaleException.usage("the " + kind + " of " + table + " has no name, so it cannot be dropped",
                    "PostgreSQL names every constraint: inspect the database again to read its name");
        }
        out.add(change, ctx.alterTable(table, "DROP CONSTRAINT " + ctx.quote(name)));
    }
}
