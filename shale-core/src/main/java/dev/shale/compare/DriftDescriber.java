package dev.shale.compare;

import dev.shale.diff.Change;
import dev.shale.model.Column;
import dev.shale.model.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Describes one change from the expected schema to the live one as what someone did by hand:
 * a change that adds something means the live schema has it and the migrations do not.
 */
public final class DriftDescriber implements Change.Visitor<DriftDifference> {

    /** The object that {@code change} adds, removes or alters, and a sentence about it. */
    public static DriftDifference describe(Change change) {
        return change.accept(new DriftDescriber());
    }

    public DriftDifference visit(Change.AddTable c) {
        return DriftDifference.added("table", c.table().name().toString());
    }

    public DriftDifference visit(Change.DropTable c) {
        return DriftDifference.removed("table", c.table().name().toString());
    }

    public DriftDifference visit(Change.RenameTable c) {
        return DriftDifference.changed("table", c.from().toString(),
                "table " + c.from() + " renamed to " + c.to() + " by hand");
    }

    public DriftDifference visit(Change.AddColumn c) {
        return DriftDifference.added("column", member(c.table(), c.column().name()));
    }

    public DriftDifference visit(Change.DropColumn c) {
        return DriftDifference.removed("column", member(c.table(), c.column().name()));
    }

    public DriftDifference visit(Change.RenameColumn c) {
        return DriftDifference.changed("column", member(c.table(), c.from()),
                "column " + member(c.table(), c.from()) + " renamed to " + c.to() + " by hand");
    }

    public DriftDifference visit(Change.AlterColumn c) {
        String name = member(c.table(), c.to().name());
        List<String> aspects = c.what().stream().sorted().map(a -> a.name().toLowerCase(Locale.ROOT)).toList();
        List<String> details = new ArrayList<>();
        for (Change.ColumnAspect aspect : c.what().stream().sorted().toList()) {
            detail(aspect, c.from(), c.to()).ifPresent(details::add);
        }
        return DriftDifference.changed("column", name, String.join(" and ", aspects) + " of " + name
                + " changed by hand" + (details.isEmpty() ? "" : " (" + String.join("; ", details) + ")"));
    }

    private static java.util.Optional<String> detail(Change.ColumnAspect aspect, Column from, Column to) {
        return java.util.Optional.ofNullable(switch (aspect) {
            case TYPE -> "type " + from.type() + " → " + to.type();
            case DEFAULT -> "default " + shown(from.defaultValue()) + " → " + shown(to.defaultValue());
            case NULLABILITY -> (to.nullable() ? "now nullable" : "now NOT NULL");
            default -> null;
        });
    }

    private static String shown(String value) {
        return Objects.requireNonNullElse(value, "none");
    }

    public DriftDifference visit(Change.AddPrimaryKey c) {
        return DriftDifference.added("primary key", "of " + c.table());
    }

    public DriftDifference visit(Change.DropPrimaryKey c) {
        return DriftDifference.removed("primary key", "of " + c.table());
    }

    public DriftDifference visit(Change.AddUnique c) {
        return DriftDifference.added("unique constraint", named(c.unique().name(), c.table()));
    }

    public DriftDifference visit(Change.DropUnique c) {
        return DriftDifference.removed("unique constraint", named(c.unique().name(), c.table()));
    }

    public DriftDifference visit(Change.AddForeignKey c) {
        return DriftDifference.added("foreign key", named(c.foreignKey().name(), c.table()));
    }

    public DriftDifference visit(Change.DropForeignKey c) {
        return DriftDifference.removed("foreign key", named(c.foreignKey().name(), c.table()));
    }

    public DriftDifference visit(Change.AddCheck c) {
        return DriftDifference.added("check", named(c.check().name(), c.table()));
    }

    public DriftDifference visit(Change.DropCheck c) {
        return DriftDifference.removed("check", named(c.check().name(), c.table()));
    }

    public DriftDifference visit(Change.AddIndex c) {
        return DriftDifference.added("index", named(c.index().name(), c.table()));
    }

    public DriftDifference visit(Change.DropIndex c) {
        return DriftDifference.removed("index", named(c.index().name(), c.table()));
    }

    public DriftDifference visit(Change.SetTableComment c) {
        return DriftDifference.changed("table", c.table().toString(),
                "comment of table " + c.table() + " changed by hand");
    }

    public DriftDifference visit(Change.SetTableOptions c) {
        return DriftDifference.changed("table", c.table().toString(),
                "options of table " + c.table() + " changed by hand (" + c.from() + " → " + c.to() + ")");
    }

    public DriftDifference visit(Change.AddEnum c) {
        return DriftDifference.added("enum type", c.type().name().toString());
    }

    public DriftDifference visit(Change.DropEnum c) {
        return DriftDifference.removed("enum type", c.type().name().toString());
    }

    public DriftDifference visit(Change.AddEnumValues c) {
        return DriftDifference.changed("enum type", c.to().name().toString(), "values " + c.added()
                + " added to enum type " + c.to().name() + " by hand");
    }

    public DriftDifference visit(Change.AddSequence c) {
        return DriftDifference.added("sequence", c.sequence().name().toString());
    }

    public DriftDifference visit(Change.DropSequence c) {
        return DriftDifference.removed("sequence", c.sequence().name().toString());
    }

    public DriftDifference visit(Change.AlterSequence c) {
        return DriftDifference.changed("sequence", c.to().name().toString(),
                "sequence " + c.to().name() + " changed by hand");
    }

    public DriftDifference visit(Change.AddView c) {
        return DriftDifference.added(c.view().materialized() ? "materialized view" : "view", c.view().name().toString());
    }

    public DriftDifference visit(Change.DropView c) {
        return DriftDifference.removed(c.view().materialized() ? "materialized view" : "view",
                c.view().name().toString());
    }

    private static String member(QualifiedName table, String name) {
        return table + "." + name;
    }

    /** An index or constraint: its name, and the table it is on, which names are unique within. */
    private static String named(String name, QualifiedName table) {
        return (name == null || name.isEmpty() ? "(unnamed)" : name) + " on " + table;
    }
}
