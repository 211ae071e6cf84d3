package dev.shale.dialect.postgres;

import dev.shale.diff.Change;
import dev.shale.model.EnumType;
import dev.shale.model.QualifiedName;
import java.util.List;
import java.util.Optional;

/**
 * Plans enum types. New values are added in place with BEFORE / AFTER so that the order is
 * kept. An enum whose values are removed or reordered cannot be altered: the old type is
 * renamed out of the way, the new one created, the columns still of that type converted
 * through text, and the old type dropped at the end of the plan, once no column uses it.
 * A dropped type also waits for the end, since the columns that use it change later.
 * https://www.postgresql.org/docs/current/sql-altertype.html
 */
final class EnumPlans {
    private static final String REPLACED_SUFFIX = "_shale_replaced";

    private final PlanContext ctx;
    private final EnumColumns columns;

    EnumPlans(PlanContext ctx) {
        this.ctx = ctx;
        this.columns = new EnumColumns(ctx);
    }

    void add(Change.AddEnum change, PlanSteps out) {
        EnumType type = change.type();
        out.add(change, ctx.objects().createEnum(type));
        if (replaced(type.name()).isPresent()) {
            columns.convert(change, type, out);
            out.note("Enum " + type.name() + " is re-created with the values " + type.values()
                    + ": columns of that type are converted through text (a table rewrite), which fails on values "
                    + "no longer in the list.");
        }
    }

    void drop(Change.DropEnum change, PlanSteps out) {
        QualifiedName name = change.type().name();
        if (replaced(name).isPresent()) {
            QualifiedName old = QualifiedName.of(name.schema(), name.name() + REPLACED_SUFFIX);
            out.add(change, "ALTER TYPE " + ctx.qualified(name) + " RENAME TO " + ctx.quote(old.name()));
            out.atEnd(change, "DROP TYPE " + ctx.qualified(old));
        } else {
            out.atEnd(change, "DROP TYPE " + ctx.qualified(name));
        }
    }

    /**
     * Each value goes after its predecessor in the new list (the first one before its
     * successor); values are added in list order, so the neighbour always exists already.
     */
    void addValues(Change.AddEnumValues change, PlanSteps out) {
        List<String> values = change.to().values();
        for (String value : change.added()) {
            int at = values.indexOf(value);
            String position = at > 0 ? " AFTER " + PostgresNames.literal(values.get(at - 1))
                    : " BEFORE " + PostgresNames.literal(values.get(1));
            out.add(change, "ALTER TYPE " + ctx.qualified(change.to().name()) + " ADD VALUE "
                    + PostgresNames.literal(value) + position);
        }
        out.note("The values added to enum " + change.to().name() + " " + change.added() + " cannot be used in "
                + "the transaction that adds them, and no ALTER TYPE removes them again: the reverse plan "
                + "re-creates the type.");
    }

    /** The enum of that name in the source schema, when both schemas have one (a replacement). */
    private Optional<EnumType> replaced(QualifiedName name) {
        return ctx.from().enumType(name).filter(e -> ctx.to().enumType(name).isPresent());
    }
}
