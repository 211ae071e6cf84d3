package dev.shale.plan;

import dev.shale.ShaleException;
import dev.shale.diff.Change;
import dev.shale.model.Column;
import dev.shale.model.DatabaseSchema;
import dev.shale.model.Index;
import dev.shale.model.Table;
import java.util.regex.Pattern;

/**
 * What every dialect's expand / contract refuses: only a plain column is carried over. A column
 * used by a key, index, constraint, view or generated column would need copies of those too,
 * and an identity / generated column cannot be kept in sync by a trigger.
 */
public final class ExpandContractGuard {
    private final String identifierQuote;

    /** {@code identifierQuote}: how the dialect quotes a name in the expressions it shows back ({@code "} or {@code `}). */
    public ExpandContractGuard(String identifierQuote) {
        this.identifierQuote = identifierQuote;
    }

    /** The table and column {@code rename} carries over; refused (exit 2) when it cannot be. */
    public Column plainColumn(Change.RenameColumn rename, DatabaseSchema from) {
        Table table = from.table(rename.table()).orElseThrow(() -> refuse(rename, "the table is new"));
        Column old = table.column(rename.from()).orElseThrow(() -> refuse(rename, "the column does not exist"));
        if (old.identity() != null || old.generated() != null) {
            throw refuse(rename, "it is an identity (AUTO_INCREMENT) or generated column");
        }
        if (usedElsewhere(table, from, rename.from())) {
            throw refuse(rename, "a key, index, constraint or view uses it");
        }
        return old;
    }

    private boolean usedElsewhere(Table table, DatabaseSchema schema, String column) {
        String q = Pattern.quote(identifierQuote);
        Pattern word = Pattern.compile("(?i)(?<![\\w$])" + q + "?" + Pattern.quote(column) + q + "?(?![\\w$])");
        boolean keys = (table.primaryKey() != null && table.primaryKey().columns().contains(column))
                || table.uniques().stream().anyMatch(u -> u.columns().contains(column))
                || table.foreignKeys().stream().anyMatch(fk -> fk.columns().contains(column))
                || table.checks().stream().anyMatch(c -> word.matcher(c.expression()).find());
        boolean indexes = table.indexes().stream().anyMatch(i -> uses(i, column, word));
        boolean referenced = schema.tables().stream().flatMap(t -> t.foreignKeys().stream())
                .anyMatch(fk -> fk.referencedTable().equals(table.name()) && fk.referencedColumns().contains(column));
        boolean views = schema.views().stream().anyMatch(v -> word.matcher(v.definition()).find());
        boolean generated = table.columns().stream().anyMatch(c -> c.generated() != null
                && word.matcher(c.generated().expression()).find());
        return keys || indexes || referenced || views || generated;
    }

    private static boolean uses(Index index, String column, Pattern word) {
        return index.keys().stream().anyMatch(k -> column.equals(k.column())
                || (k.expression() != null && word.matcher(k.expression()).find()))
                || index.include().contains(column) || (index.where() != null && word.matcher(index.where()).find());
    }

    private static ShaleException refuse(Change.RenameColumn rename, String reason) {
        return ShaleException.usage("--expand-contract cannot carry over " + rename.table() + "." + rename.from()
                        + ": " + reason,
                "generate the rename without --expand-contract (a plain RENAME), or rename it by hand in steps");
    }
}
