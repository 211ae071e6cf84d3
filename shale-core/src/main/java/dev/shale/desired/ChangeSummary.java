package dev.shale.desired;

import dev.shale.diff.Change;
import java.util.Locale;

/**
 * One line per change for people: what changes and, where it matters, the risk the reviewer
 * should look at. The full risk analysis is lint's job; this is the headline.
 */
public final class ChangeSummary {
    private ChangeSummary() {
    }

    public static String describe(Change change) {
        String kind = words(change.getClass().getSimpleName());
        String detail = detail(change);
        String risk = risk(change);
        // A column change names table.column; other details follow the subject.
        boolean column = detail.length() > 0 && (change instanceof Change.AddColumn || change instanceof Change.DropColumn
                || change instanceof Change.AlterColumn || change instanceof Change.RenameColumn);
        return kind + " " + change.subject() + (detail.isEmpty() ? "" : (column ? "." : " ") + detail)
                + (risk.isEmpty() ? "" : "  [" + risk + "]");
    }

    private static String detail(Change change) {
        if (change instanceof Change.AddColumn c) {
            return c.column().name() + " " + c.column().type();
        } else if (change instanceof Change.DropColumn c) {
            return c.column().name();
        } else if (change instanceof Change.AlterColumn c) {
            return c.to().name() + " (" + String.join(", ",
                    c.what().stream().map(a -> a.name().toLowerCase(Locale.ROOT)).sorted().toList()) + ")";
        } else if (change instanceof Change.RenameColumn c) {
            return c.from() + " → " + c.to();
        } else if (change instanceof Change.RenameTable c) {
            return "→ " + c.to();
        } else if (change instanceof Change.AddIndex c) {
            return c.index().name();
        } else if (change instanceof Change.DropIndex c) {
            return c.index().name();
        } else if (change instanceof Change.AddForeignKey c) {
            return c.foreignKey().name();
        } else if (change instanceof Change.DropForeignKey c) {
            return c.foreignKey().name();
        }
        return "";
    }

    private static String risk(Change change) {
        if (change instanceof Change.DropTable || change instanceof Change.DropColumn) {
            return "destructive: data is lost";
        }
        if (change instanceof Change.RenameTable || change instanceof Change.RenameColumn) {
            return "breaks code that uses the old name";
        }
        if (change instanceof Change.AlterColumn alter) {
            if (alter.what().contains(Change.ColumnAspect.TYPE)) {
                return "type change: may rewrite the table or fail on existing values";
            }
            if (alter.what().contains(Change.ColumnAspect.NULLABILITY) && !alter.to().nullable()) {
                return "fails if existing rows hold NULL";
            }
        }
        return "";
    }

    private static String words(String camel) {
        return camel.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }
}
