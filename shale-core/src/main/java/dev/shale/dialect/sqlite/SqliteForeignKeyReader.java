package dev.shale.dialect.sqlite;

import dev.shale.dialect.sqlite.SqliteCatalog.ColumnRow;
import dev.shale.dialect.sqlite.SqliteCatalog.ForeignKeyRow;
import dev.shale.dialect.sqlite.SqliteTableSql.ForeignKeyClause;
import dev.shale.model.ForeignKey;
import dev.shale.model.QualifiedName;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds foreign keys from {@code pragma_foreign_key_list}, with their names and deferral from
 * the CREATE TABLE text. SQLite keeps the referenced table and columns as written (any case)
 * and no columns at all when the key refers to the primary key, so they are resolved here to
 * the names as declared and to the primary key columns; a target that does not exist (SQLite
 * allows it, https://sqlite.org/foreignkeys.html#fk_schemaerror) is kept as written.
 * Only {@code DEFERRABLE INITIALLY DEFERRED} defers a check in SQLite, so every other form is
 * {@link ForeignKey.Deferrable#NOT_DEFERRABLE}.
 */
final class SqliteForeignKeyReader {
    private final SqliteCatalog catalog;
    private final Map<String, List<ColumnRow>> tablesByFoldedName = new HashMap<>();

    SqliteForeignKeyReader(SqliteCatalog catalog) {
        this.catalog = catalog;
        catalog.columns().forEach((table, rows) -> tablesByFoldedName.put(SqliteSqlText.fold(table), rows));
    }

    List<ForeignKey> read(String table, SqliteTableSql parsed) {
        Map<Integer, List<ForeignKeyRow>> byId = new LinkedHashMap<>();
        for (ForeignKeyRow row : catalog.foreignKeysOf(table)) {
            byId.computeIfAbsent(row.id(), id -> new ArrayList<>()).add(row);
        }
        List<ForeignKeyClause> unclaimed = new ArrayList<>(parsed.foreignKeys());
        List<ForeignKey> keys = new ArrayList<>();
        // pragma_foreign_key_list numbers keys from the last declared, so walk them backwards to
        // claim the clauses of the CREATE TABLE text in declaration order.
        List<List<ForeignKeyRow>> declared = new ArrayList<>(byId.values());
        java.util.Collections.reverse(declared);
        for (List<ForeignKeyRow> rows : declared) {
            keys.add(foreignKey(rows, unclaimed));
        }
        keys.sort(Comparator.comparing((ForeignKey k) -> k.name(), Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(k -> String.join("\u0000", k.columns()))
                .thenComparing(ForeignKey::referencedTable));
        return keys;
    }

    private ForeignKey foreignKey(List<ForeignKeyRow> rows, List<ForeignKeyClause> unclaimed) {
        ForeignKeyRow first = rows.get(0);
        List<String> from = rows.stream().map(ForeignKeyRow::from).toList();
        ForeignKeyClause clause = unclaimed.stream()
                .filter(c -> SqliteTableReader.folded(c.columns()).equals(SqliteTableReader.folded(from))
                        && SqliteSqlText.fold(c.table()).equals(SqliteSqlText.fold(first.referencedTable())))
                .findFirst().orElse(null);
        unclaimed.remove(clause);
        List<ColumnRow> target = tablesByFoldedName.get(SqliteSqlText.fold(first.referencedTable()));
        String targetName = target == null || target.isEmpty() ? first.referencedTable() : target.get(0).table();
        return new ForeignKey(clause == null ? null : clause.name(), from, QualifiedName.of(targetName),
                referencedColumns(rows, target), action(first.onDelete()), action(first.onUpdate()),
                clause != null && clause.deferred()
                        ? ForeignKey.Deferrable.DEFERRABLE_INITIALLY_DEFERRED : ForeignKey.Deferrable.NOT_DEFERRABLE);
    }

    private static List<String> referencedColumns(List<ForeignKeyRow> rows, List<ColumnRow> target) {
        if (rows.get(0).to() == null) {
            if (target == null) {
                return List.of();
            }
            return target.stream().filter(c -> c.primaryKeyPosition() > 0)
                    .sorted(Comparator.comparingInt(ColumnRow::primaryKeyPosition)).map(ColumnRow::name).toList();
        }
        return rows.stream().map(r -> declaredName(r.to(), target)).toList();
    }

    private static String declaredName(String written, List<ColumnRow> target) {
        if (target == null) {
            return written;
        }
        return target.stream().map(ColumnRow::name).filter(n -> SqliteSqlText.fold(n).equals(SqliteSqlText.fold(written)))
                .findFirst().orElse(written);
    }

    /** pragma_foreign_key_list reports actions as SQL: NO ACTION, RESTRICT, CASCADE, SET NULL, SET DEFAULT. */
    private static ForeignKey.Action action(String sql) {
        return ForeignKey.Action.valueOf(sql.trim().toUpperCase(Locale.ROOT).replace(' ', '_'));
    }
}
