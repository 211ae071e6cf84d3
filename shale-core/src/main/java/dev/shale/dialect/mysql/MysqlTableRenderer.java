package dev.shale.dialect.mysql;

import dev.shale.model.CheckConstraint;
import dev.shale.model.Column;
import dev.shale.model.ForeignKey;
import dev.shale.model.Index;
import dev.shale.model.Table;
import dev.shale.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes one table as CREATE TABLE with its columns, primary key, unique constraints,
 * indexes, checks and options; its foreign keys as separate ALTER TABLE statements, which
 * the schema renderer runs after every table exists.
 */
final class MysqlTableRenderer {
    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9_]+");

    private final UnaryOperator<String> quote;

    MysqlTableRenderer(UnaryOperator<String> quote) {
        this.quote = quote;
    }

    String create(Table table) {
        List<String> lines = new ArrayList<>();
        table.columns().forEach(c -> lines.add(column(c)));
        if (table.primaryKey() != null) {
            lines.add("PRIMARY KEY " + columnList(table.primaryKey().columns()));
        }
        table.uniques().forEach(u -> lines.add(unique(u)));
        table.indexes().forEach(i -> lines.add(index(i)));
        table.checks().forEach(c -> lines.add(check(c)));
        return "CREATE TABLE " + quote.apply(table.name().name()) + " (\n  " + String.join(",\n  ", lines) + "\n)"
                + options(table);
    }

    List<String> foreignKeys(Table table) {
        return table.foreignKeys().stream().map(fk -> "ALTER TABLE " + quote.apply(table.name().name())
                + " ADD " + foreignKey(fk)).toList();
    }

    /** A column definition as CREATE TABLE and ALTER TABLE … ADD/MODIFY COLUMN take it. */
    String column(Column c) {
        StringBuilder sql = new StringBuilder(quote.apply(c.name())).append(' ').append(c.type());
        if (c.collation() != null) {
            sql.append(" COLLATE ").append(word(c.collation()));
        }
        if (c.generated() != null) {
            sql.append(" GENERATED ALWAYS AS (").append(c.generated().expression()).append(')')
                    .append(c.generated().stored() ? " STORED" : " VIRTUAL");
        }
        if (!c.nullable()) {
            sql.append(" NOT NULL");
        }
        if (c.defaultValue() != null) {
            sql.append(" DEFAULT ").append(c.defaultValue());
        }
        if (c.identity() != null) {
            sql.append(" AUTO_INCREMENT");
        }
        if (c.comment() != null) {
            sql.append(" COMMENT ").append(MysqlExpressions.quoteString(c.comment()));
        }
        return sql.toString();
    }

    String unique(UniqueConstraint unique) {
        return "CONSTRAINT " + quote.apply(unique.name()) + " UNIQUE " + columnList(unique.columns());
    }

    String check(CheckConstraint check) {
        return "CONSTRAINT " + quote.apply(check.name()) + " CHECK (" + check.expression() + ")";
    }

    /** An index definition as CREATE TABLE and ALTER TABLE … ADD take it. */
    String index(Index index) {
        String kind = switch (index.method()) {
            case "fulltext" -> "FULLTEXT ";
            case "spatial" -> "SPATIAL ";
            default -> index.unique() ? "UNIQUE " : "";
        };
        String keys = index.keys().stream().map(this::key).collect(Collectors.joining(", ", "(", ")"));
        String using = index.method().equals("hash") ? " USING HASH" : "";
        return kind + "INDEX " + quote.apply(index.name()) + " " + keys + using;
    }

    private String key(Index.Key key) {
        String part = key.column() != null ? quote.apply(key.column()) : MysqlExpressions.wrap(key.expression());
        if (key.prefixLength() != null) {
            part += "(" + key.prefixLength() + ")";
        }
        return key.descending() ? part + " DESC" : part;
    }

    /** {@code CONSTRAINT name FOREIGN KEY …}, as ALTER TABLE … ADD takes it. */
    String foreignKey(ForeignKey fk) {
        String target = fk.referencedTable().schema() == null ? quote.apply(fk.referencedTable().name())
                : quote.apply(fk.referencedTable().schema()) + "." + quote.apply(fk.referencedTable().name());
        StringBuilder sql = new StringBuilder("CONSTRAINT ").append(quote.apply(fk.name()))
                .append(" FOREIGN KEY ").append(columnList(fk.columns()))
                .append(" REFERENCES ").append(target).append(' ').append(columnList(fk.referencedColumns()));
        if (fk.onDelete() != ForeignKey.Action.NO_ACTION) {
            sql.append(" ON DELETE ").append(fk.onDelete().sql());
        }
        if (fk.onUpdate() != ForeignKey.Action.NO_ACTION) {
            sql.append(" ON UPDATE ").append(fk.onUpdate().sql());
        }
        return sql.toString();
    }

    private String options(Table table) {
        Map<String, String> options = table.options();
        StringBuilder sql = new StringBuilder();
        if (options.containsKey("engine")) {
            sql.append(" ENGINE=").append(word(options.get("engine")));
        }
        if (options.containsKey("charset")) {
            sql.append(" DEFAULT CHARSET=").append(word(options.get("charset")));
        }
        if (options.containsKey("collation")) {
            sql.append(" COLLATE=").append(word(options.get("collation")));
        }
        if (table.comment() != null) {
            sql.append(" COMMENT=").append(MysqlExpressions.quoteString(table.comment()));
        }
        if ("true".equals(options.get("system_versioning"))) {
            sql.append(" WITH SYSTEM VERSIONING");
        }
        return sql.toString();
    }

    /**
     * Engine, character set and collation names are keywords-like words in MySQL's grammar,
     * written bare; anything else in those places would be SQL injected from a model, so it is refused.
     */
    static String word(String name) {
        if (!WORD.matcher(name).matches()) {
            throw new IllegalArgumentException("not an engine, charset or collation name: " + name);
        }
        return name;
    }

    String columnList(List<String> columns) {
        return columns.stream().map(quote).collect(Collectors.joining(", ", "(", ")"));
    }
}
