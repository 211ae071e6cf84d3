package dev.shale.dialect.sqlite;

import dev.shale.dialect.sqlite.SqliteCatalog.ColumnRow;
import dev.shale.dialect.sqlite.SqliteCatalog.IndexKeyRow;
import dev.shale.dialect.sqlite.SqliteCatalog.ObjectRow;
import dev.shale.dialect.sqlite.SqliteTableSql.ColumnClause;
import dev.shale.dialect.sqlite.SqliteTableSql.UniqueClause;
import dev.shale.model.CheckConstraint;
import dev.shale.model.Column;
import dev.shale.model.PrimaryKey;
import dev.shale.model.QualifiedName;
import dev.shale.model.Table;
import dev.shale.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the model of one table from the catalog rows and its CREATE TABLE text. Decisions:
 * a plain {@code INTEGER PRIMARY KEY} (rowid alias) has no identity, only
 * {@code AUTOINCREMENT} is {@link Column.Identity.Kind#AUTO_INCREMENT}, because only it changes
 * how values are chosen (https://sqlite.org/autoinc.html); the primary key has no name, as
 * SQLite never uses one; unique, check and foreign key constraints keep the name written after
 * CONSTRAINT, or null; {@code COLLATE BINARY}, the default, is no collation.
 */
final class SqliteTableReader {
    private final SqliteSqlText text;
    private final SqliteDefaults defaults;
    private final SqliteCatalog catalog;
    private final SqliteForeignKeyReader foreignKeys;

    SqliteTableReader(SqliteSqlText text, SqliteCatalog catalog) {
        this.text = text;
        this.defaults = new SqliteDefaults(text);
        this.catalog = catalog;
        this.foreignKeys = new SqliteForeignKeyReader(catalog);
    }

    Table read(ObjectRow table, Map<String, String> indexSql) {
        SqliteTableSql parsed = SqliteTableSqlParser.parse(table.sql());
        List<ColumnRow> rows = catalog.columnsOf(table.name());
        SqliteSqlText.Names names = SqliteSqlText.names(rows.stream().map(ColumnRow::name).toList(), text::quote);
        List<Column> columns = rows.stream().filter(r -> r.hidden() != 1).map(r -> column(r, parsed, names)).toList();
        List<IndexKeyRow> keys = catalog.indexKeysOf(table.name());
        TreeMap<String, String> options = new TreeMap<>();
        if (table.withoutRowid()) {
            options.put("without_rowid", "true");
        }
        if (table.strict()) {
            options.put("strict", "true");
        }
        return new Table(QualifiedName.of(table.name()), columns, primaryKey(rows), uniques(keys, parsed),
                foreignKeys.read(table.name(), parsed), checks(parsed, names),
                new SqliteIndexReader(text, names, parsed).read(keys, indexSql), null, options);
    }

    private Column column(ColumnRow row, SqliteTableSql parsed, SqliteSqlText.Names names) {
        ColumnClause clause = parsed.column(row.name());
        Column.Identity identity = clause.autoincrement()
                ? new Column.Identity(Column.Identity.Kind.AUTO_INCREMENT, null, null) : null;
        Column.Generated generated = null;
        String defaultValue = defaults.canonical(row.defaultValue());
        if (row.hidden() >= 2 && clause.generated() != null) {
            generated = new Column.Generated(text.render(clause.generated(), names), row.hidden() == 3);
            defaultValue = null;
        }
        return new Column(row.name(), SqliteTypes.canonical(row.type()), !row.notNull(), defaultValue, identity,
                generated, collation(clause.collation()), null);
    }

    /** A collation name in upper case (they are case-insensitive), null for the default BINARY. */
    static String collation(String declared) {
        if (declared == null || declared.equalsIgnoreCase("BINARY")) {
            return null;
        }
        return declared.toUpperCase(Locale.ROOT);
    }

    private static PrimaryKey primaryKey(List<ColumnRow> rows) {
        List<String> columns = rows.stream().filter(r -> r.primaryKeyPosition() > 0)
                .sorted(Comparator.comparingInt(ColumnRow::primaryKeyPosition)).map(ColumnRow::name).toList();
        return columns.isEmpty() ? null : new PrimaryKey(null, columns);
    }

    /** UNIQUE constraints are the indexes of origin 'u'; their names come from the CREATE TABLE text. */
    private static List<UniqueConstraint> uniques(List<IndexKeyRow> keys, SqliteTableSql parsed) {
        List<UniqueClause> unclaimed = new ArrayList<>(parsed.uniques());
        List<UniqueConstraint> uniques = new ArrayList<>();
        for (List<IndexKeyRow> index : SqliteIndexReader.byIndex(keys, "u")) {
            List<String> columns = index.stream().map(IndexKeyRow::column).toList();
            UniqueClause clause = unclaimed.stream()
                    .filter(u -> folded(u.columns()).equals(folded(columns))).findFirst().orElse(null);
            unclaimed.remove(clause);
            uniques.add(new UniqueConstraint(clause == null ? null : clause.name(), columns));
        }
        uniques.sort(Comparator.comparing((UniqueConstraint u) -> u.name(), Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(u -> String.join("\u0000", u.columns())));
        return uniques;
    }

    private List<CheckConstraint> checks(SqliteTableSql parsed, SqliteSqlText.Names names) {
        return parsed.checks().stream()
                .map(c -> new CheckConstraint(c.name(), text.render(c.expression(), names)))
                .sorted(Comparator.comparing(CheckConstraint::name, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(CheckConstraint::expression))
                .toList();
    }

    static List<String> folded(List<String> names) {
        return names.stream().map(SqliteSqlText::fold).toList();
    }
}
