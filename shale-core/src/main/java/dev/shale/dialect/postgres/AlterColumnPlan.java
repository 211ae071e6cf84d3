package dev.shale.dialect.postgres;

import dev.shale.diff.Change;
import dev.shale.diff.Change.ColumnAspect;
import dev.shale.model.Column;
import dev.shale.model.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Plans a column that changes in place. The clauses go in an order PostgreSQL accepts: the
 * identity and the default are removed before the type changes (a default may not convert
 * to the new type, and a column cannot have both), NOT NULL is set once the default is in
 * place, and a new identity comes last, when the column has no default and is NOT NULL.
 * A change of generation expression goes to {@link GeneratedColumnPlan}.
 * https://www.postgresql.org/docs/current/sql-altertable.html
 */
final class AlterColumnPlan {
    private final PlanContext ctx;
    private final GeneratedColumnPlan generated;

    AlterColumnPlan(PlanContext ctx) {
        this.ctx = ctx;
        this.generated = new GeneratedColumnPlan(ctx);
    }

    void plan(Change.AlterColumn change, PlanSteps out) {
        if (change.what().contains(ColumnAspect.GENERATED) && generated.plan(change, out)) {
            return;
        }
        Column from = change.from();
        Column to = change.to();
        boolean retype = change.what().contains(ColumnAspect.TYPE) || change.what().contains(ColumnAspect.COLLATION);
        boolean redefault = change.what().contains(ColumnAspect.DEFAULT) || retype;
        List<String> actions = new ArrayList<>();
        if (from.identity() != null && to.identity() == null) {
            actions.add("DROP IDENTITY");
        }
        if (redefault && from.defaultValue() != null) {
            actions.add("DROP DEFAULT");
        }
        if (to.nullable() && !from.nullable()) {
            actions.add("DROP NOT NULL");
        }
        if (retype) {
            actions.add(retype(change, out));
        }
        alter(change, actions, out);
        dropOldSerial(change, out);
        Optional<QualifiedName> newSerial = newSerial(change, out);
        actions.clear();
        if (redefault && to.defaultValue() != null) {
            actions.add("SET DEFAULT " + to.defaultValue());
        }
        if (!to.nullable() && from.nullable()) {
            actions.add("SET NOT NULL");
            out.note("SET NOT NULL on " + change.table() + "." + to.name() + " fails if a row holds NULL; "
                    + "it scans the table under an ACCESS EXCLUSIVE lock.");
        }
        identity(from.identity(), to.identity()).ifPresent(actions::add);
        alter(change, actions, out);
        newSerial.ifPresent(s -> out.add(change, ctx.toSerials().ownedBy(s, change.table(), to)));
        if (change.what().contains(ColumnAspect.COMMENT)) {
            out.add(change, ctx.objects().columnComment(change.table(), to));
        }
    }

    /** One ALTER TABLE per step, each clause on the same column. */
    private void alter(Change.AlterColumn change, List<String> actions, PlanSteps out) {
        String column = "ALTER COLUMN " + ctx.quote(change.to().name()) + " ";
        for (String action : actions) {
            out.add(change, ctx.alterTable(change.table(), column + action));
        }
    }

    private String retype(Change.AlterColumn change, PlanSteps out) {
        Column from = change.from();
        Column to = change.to();
        String collate = to.collation() == null ? "" : " COLLATE " + to.collation();
        String using = TypeConversion.using(ctx.quote(to.name()), from.type(), to.type());
        if (change.what().contains(ColumnAspect.TYPE) && (using != null || TypeConversion.rewrites(from.type(), to.type()))) {
            out.note("Changing the type of " + change.table() + "." + to.name() + " from " + from.type() + " to "
                    + to.type() + " rewrites the table and its indexes under an ACCESS EXCLUSIVE lock, and fails on "
                    + "values that do not convert.");
        }
        return "TYPE " + to.type() + collate + (using == null ? "" : " USING " + using);
    }

    /** A serial default that goes away leaves its sequence behind, which the model does not have. */
    private void dropOldSerial(Change.AlterColumn change, PlanSteps out) {
        ctx.fromSerials().of(change.from())
                .filter(s -> !Objects.equals(change.from().defaultValue(), change.to().defaultValue()))
                .filter(s -> !ctx.toSerials().exists(s))
                .ifPresent(s -> out.add(change, "DROP SEQUENCE " + ctx.qualified(s)));
    }

    /** A new serial default needs its sequence; a serial column whose type changes keeps it in step. */
    private Optional<QualifiedName> newSerial(Change.AlterColumn change, PlanSteps out) {
        Optional<QualifiedName> serial = ctx.toSerials().of(change.to());
        if (serial.isEmpty()) {
            return Optional.empty();
        }
        if (!ctx.fromSerials().exists(serial.get())) {
            out.add(change, ctx.toSerials().create(serial.get(), change.to()));
            return serial;
        }
        if (change.what().contains(ColumnAspect.TYPE)) {
            ctx.toSerials().retype(serial.get(), change.to().type()).ifPresent(sql -> out.add(change, sql));
        }
        return Optional.empty();
    }

    /** ADD GENERATED … AS IDENTITY, or SET GENERATED / SET START / SET INCREMENT on an existing one. */
    private static Optional<String> identity(Column.Identity from, Column.Identity to) {
        if (to == null || to.equals(from)) {
            return Optional.empty();
        }
        if (from == null) {
            return Optional.of("ADD" + PostgresTableDdl.identity(to));
        }
        List<String> sets = new ArrayList<>();
        if (from.kind() != to.kind()) {
            sets.add("SET GENERATED " + (to.kind() == Column.Identity.Kind.ALWAYS ? "ALWAYS" : "BY DEFAULT"));
        }
        long increment = to.increment() == null ? 1 : to.increment();
        if (!Objects.equals(from.increment(), to.increment())) {
            sets.add("SET INCREMENT BY " + increment);
        }
        if (!Objects.equals(from.start(), to.start())) {
            sets.add("SET START WITH " + (to.start() != null ? to.start() : increment > 0 ? 1 : -1));
        }
        return Optional.of(String.join(" ", sets));
    }
}
