package dev.shale.dialect.mysql;

import dev.shale.ShaleException;
import dev.shale.diff.Change;
import dev.shale.dialect.mysql.MysqlAlterClause.Step;
import dev.shale.model.Column;
import dev.shale.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Writes the ALTER TABLE clauses of the changes that alter one existing table (columns, keys,
 * indexes, checks, options, comment). Changes that are statements of their own (CREATE,
 * DROP, RENAME, foreign keys, views, sequences) are not clauses and are refused here.
 */
final class MysqlAlterClauses implements Change.Visitor<List<MysqlAlterClause>> {
    private static final Set<String> OPTIONS = Set.of("engine", "charset", "collation", "system_versioning");

    private final UnaryOperator<String> quote;
    private final MysqlTableRenderer render;
    private final Table target;
    private final Set<String> addedColumns;

    /**
     * @param target       the table as the plan must leave it
     * @param addedColumns the columns this plan adds to it (they do not exist before their ADD)
     */
    MysqlAlterClauses(UnaryOperator<String> quote, Table target, Set<String> addedColumns) {
        this.quote = quote;
        this.render = new MysqlTableRenderer(quote);
        this.target = target;
        this.addedColumns = addedColumns;
    }

    private List<MysqlAlterClause> one(Step step, String sql, Change change) {
        return List.of(new MysqlAlterClause(step, sql, change));
    }

    /** FIRST or AFTER the column that precedes it in the target, so the column order is the target's. */
    @Override
    public List<MysqlAlterClause> visit(Change.AddColumn c) {
        List<Column> columns = target.columns();
        int at = columns.indexOf(c.column());
        String position = at <= 0 ? " FIRST" : " AFTER " + quote.apply(columns.get(at - 1).name());
        return one(Step.ADD_COLUMNS, "ADD COLUMN " + render.column(c.column()) + position, c);
    }

    @Override
    public List<MysqlAlterClause> visit(Change.DropColumn c) {
        return one(Step.DROP_COLUMNS, "DROP COLUMN " + quote.apply(c.column().name()), c);
    }

    /**
     * A default-only change is ALTER COLUMN … SET/DROP DEFAULT, which needs no copy of the
     * table; anything else is MODIFY COLUMN with the whole target definition, since MODIFY
     * resets every attribute it does not repeat
     * (https://mariadb.com/kb/en/alter-table/#modify-column).
     */
    @Override
    public List<MysqlAlterClause> visit(Change.AlterColumn c) {
        String column = quote.apply(c.to().name());
        if (c.what().equals(Set.of(Change.ColumnAspect.DEFAULT))) {
            String sql = c.to().defaultValue() == null ? "ALTER COLUMN " + column + " DROP DEFAULT"
                    : "ALTER COLUMN " + column + " SET DEFAULT " + c.to().defaultValue();
            return one(Step.ALTER_COLUMNS, sql, c);
        }
        return one(Step.ALTER_COLUMNS, "MODIFY COLUMN " + render.column(c.to()), c);
    }

    @Override
    public List<MysqlAlterClause> visit(Change.AddPrimaryKey c) {
        return one(Step.ADD_KEYS, "ADD PRIMARY KEY " + render.columnList(c.primaryKey().columns()), c);
    }

    @Override
    public List<MysqlAlterClause> visit(Change.DropPrimaryKey c) {
        return one(Step.DROP_KEYS, "DROP PRIMARY KEY", c);
    }

    @Override
    public List<MysqlAlterClause> visit(Change.AddUnique c) {
        return one(Step.ADD_KEYS, "ADD " + render.unique(c.unique()), c);
    }

    /** A unique constraint is a unique index in MySQL. */
    @Override
    public List<MysqlAlterClause> visit(Change.DropUnique c) {
        return one(Step.DROP_KEYS, "DROP INDEX " + quote.apply(c.unique().name()), c);
    }

    @Override
    public List<MysqlAlterClause> visit(Change.AddCheck c) {
        return one(Step.ADD_KEYS, "ADD " + render.check(c.check()), c);
    }

    /** DROP CONSTRAINT: MariaDB 10.2+ and MySQL 8.0.19+ (MariaDB has no DROP CHECK). */
    @Override
    public List<MysqlAlterClause> visit(Change.DropCheck c) {
        return one(Step.DROP_KEYS, "DROP CONSTRAINT " + quote.apply(c.check().name()), c);
    }

    @Override
    public List<MysqlAlterClause> visit(Change.AddIndex c) {
        return one(Step.ADD_KEYS, "ADD " + render.index(c.index()), c);
    }

    @Override
    public List<MysqlAlterClause> visit(Change.DropIndex c) {
        return one(Step.DROP_KEYS, "DROP INDEX " + quote.apply(c.index().name()), c);
    }

    /** MySQL has no "no comment": an empty comment is none. */
    @Override
    public List<MysqlAlterClause> visit(Change.SetTableComment c) {
        String comment = c.to() == null ? "" : c.to();
        return one(Step.COMMENT, "COMMENT = " + MysqlExpressions.quoteString(comment), c);
    }

    /**
     * Engine, character set and system versioning. A new character set or collation is
     * CONVERT TO, which converts the data of every text column: in the model a column without
     * its own collation follows its table's, so that is what the target says. DEFAULT CHARSET
     * alone would leave existing columns in the old set. CONVERT TO also converts columns
     * that have a collation of their own, so those are modified back to it afterwards.
     */
    @Override
    public List<MysqlAlterClause> visit(Change.SetTableOptions c) {
        Map<String, String> from = c.from();
        Map<String, String> to = c.to();
        requireKnownOptions(c);
        List<MysqlAlterClause> clauses = new ArrayList<>();
        if (!Objects.equals(from.get("engine"), to.get("engine")) && to.get("engine") != null) {
            clauses.add(new MysqlAlterClause(Step.OPTIONS, "ENGINE = " + MysqlTableRenderer.word(to.get("engine")), c));
        }
        boolean charset = !Objects.equals(from.get("charset"), to.get("charset"))
                || !Objects.equals(from.get("collation"), to.get("collation"));
        if (charset && to.get("charset") != null) {
            String sql = "CONVERT TO CHARACTER SET " + MysqlTableRenderer.word(to.get("charset"))
                    + (to.get("collation") == null ? "" : " COLLATE " + MysqlTableRenderer.word(to.get("collation")));
            clauses.add(new MysqlAlterClause(Step.OPTIONS, sql, c));
            target.columns().stream().filter(col -> col.collation() != null && !addedColumns.contains(col.name()))
                    .forEach(col -> clauses.add(new MysqlAlterClause(Step.RESTORE_COLLATIONS,
                            "MODIFY COLUMN " + render.column(col), c)));
        }
        boolean versioned = "true".equals(to.get("system_versioning"));
        if (versioned != "true".equals(from.get("system_versioning"))) {
            // https://mariadb.com/kb/en/system-versioned-tables/#adding-or-removing-system-versioning-tofrom-a-table
            clauses.add(new MysqlAlterClause(Step.OPTIONS, versioned ? "ADD SYSTEM VERSIONING" : "DROP SYSTEM VERSIONING", c));
        }
        return clauses;
    }

    private void requireKnownOptions(Change.SetTableOptions c) {
        for (String key : c.to().keySet()) {
            if (!OPTIONS.contains(key)) {
                throw ShaleException.usage("table option '" + key + "' of table '" + c.table()
                        + "' is not supported on MySQL/MariaDB", "remove the option from the desired schema");
            }
        }
    }

    private static List<MysqlAlterClause> notAClause(Change change) {
        throw new IllegalStateException(change.getClass().getSimpleName() + " is a statement of its own, not an ALTER TABLE clause");
    }

    @Override public List<MysqlAlterClause> visit(Change.AddTable c) { return notAClause(c); }
    @Override public List<MysqlAlterClause> visit(Change.DropTable c) { return notAClause(c); }
    @Override public List<MysqlAlterClause> visit(Change.RenameTable c) { return notAClause(c); }
    @Override public List<MysqlAlterClause> visit(Change.RenameColumn c) { return notAClause(c); }
    @Override public List<MysqlAlterClause> visit(Change.AddForeignKey c) { return notAClause(c); }
    @Override public List<MysqlAlterClause> visit(Change.DropForeignKey c) { return notAClause(c); }
    @Override public List<MysqlAlterClause> visit(Change.AddEnum c) { return notAClause(c); }
    @Override public List<MysqlAlterClause> visit(Change.DropEnum c) { return notAClause(c); }
    @Override public List<MysqlAlterClause> visit(Change.AddEnumValues c) { return notAClause(c); }
    @Override public List<MysqlAlterClause> visit(Change.AddSequence c) { return notAClause(c); }
    @Override public List<MysqlAlterClause> visit(Change.DropSequence c) { return notAClause(c); }
    @Override public List<MysqlAlterClause> visit(Change.AlterSequence c) { return notAClause(c); }
    @Override public List<MysqlAlterClause> visit(Change.AddView c) { return notAClause(c); }
    @Override public List<MysqlAlterClause> visit(Change.DropView c) { return notAClause(c); }
}
