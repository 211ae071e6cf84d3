package dev.shale.dialect.sqlite;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Statements that stop a migration, with a readable reason, when a condition the plan relies on
 * does not hold. SQLite SQL has no way to raise an error outside a trigger, so each guard inserts
 * the condition into a temporary table whose CHECK constraint is named after the reason: SQLite
 * reports {@code CHECK constraint failed: <reason>} and the migration's transaction rolls back.
 */
final class SqliteGuard {
    private static final String TABLE = "shale_guard";
    private final UnaryOperator<String> quote;

    SqliteGuard(UnaryOperator<String> quote) {
        this.quote = quote;
    }

    /**
     * A rebuild drops the old table; with foreign keys enforced that DROP deletes its rows first
     * and fires ON DELETE CASCADE in other tables (https://sqlite.org/foreignkeys.html#fk_schemacommands),
     * and the PRAGMA cannot be changed inside the migration's transaction.
     */
    List<String> foreignKeysOff() {
        return guard("run this migration with PRAGMA foreign_keys=OFF: its table rebuilds would cascade deletes",
                "SELECT NOT foreign_keys FROM pragma_foreign_keys");
    }

    /**
     * With enforcement off, nothing checked the rows against the foreign keys a rebuild added;
     * the documented procedure ends with {@code PRAGMA foreign_key_check}
     * (https://www.sqlite.org/lang_altertable.html#otheralter, step 10).
     */
    List<String> foreignKeysHold(String table) {
        return guard("rows of " + table + " break its foreign keys: see PRAGMA foreign_key_check",
                "SELECT count(*) = 0 FROM pragma_foreign_key_check(" + SqliteRebuild.literal(table) + ")");
    }

    private List<String> guard(String reason, String condition) {
        String table = "temp." + quote.apply(TABLE);
        return List.of(
                "CREATE TEMP TABLE " + quote.apply(TABLE) + " (ok INTEGER CONSTRAINT " + quote.apply(reason)
                        + " CHECK (ok))",
                "INSERT INTO " + table + " (ok) " + condition,
                "DROP TABLE " + table);
    }
}
