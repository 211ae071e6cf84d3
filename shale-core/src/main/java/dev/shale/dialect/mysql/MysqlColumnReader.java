package dev.shale.dialect.mysql;

import dev.shale.dialect.CatalogReader;
import dev.shale.model.Column;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the columns of every table in one query on information_schema.COLUMNS and normalises
 * them. Two column attributes the model has no field for are kept in the type, after the
 * canonical type, in this order: ON UPDATE CURRENT_TIMESTAMP
 * ({@code timestamp(3) on update current_timestamp(3)}) and INVISIBLE ({@code int invisible});
 * both servers accept them there in DDL. A column's collation is kept only when it differs
 * from its table's.
 */
final class MysqlColumnReader {
    private static final Pattern ON_UPDATE = Pattern.compile("on update ([a-z_]+(?:\\(\\d*\\))?)",
            Pattern.CASE_INSENSITIVE);

    // MariaDB 10.3+ and MySQL 8.0.23+ report INVISIBLE in EXTRA (https://mariadb.com/kb/en/invisible-columns/)
    private static final Pattern INVISIBLE = Pattern.compile("\\bINVISIBLE\\b", Pattern.CASE_INSENSITIVE);

    private final MysqlServer server;
    private final String qualifier;

    /** @param quote the dialect's identifier quoting */
    MysqlColumnReader(MysqlServer server, UnaryOperator<String> quote) {
        this.server = server;
        this.qualifier = quote.apply(server.database()) + ".";
    }

    /**
     * @param tableCollations collation of each table to read, by table name; columns of other
     *                        relations (views, sequences) are skipped
     * @return the columns of each table in ordinal order, by table name
     */
    Map<String, List<Column>> read(CatalogReader catalog, Map<String, String> tableCollations) throws SQLException {
        Map<String, List<Column>> byTable = new LinkedHashMap<>();
        catalog.query("""
                SELECT TABLE_NAME, COLUMN_NAME, COLUMN_DEFAULT, IS_NULLABLE, COLUMN_TYPE, COLLATION_NAME,
                       EXTRA, COLUMN_COMMENT, GENERATION_EXPRESSION
                  FROM information_schema.COLUMNS
                 WHERE TABLE_SCHEMA = DATABASE()
                 ORDER BY TABLE_NAME, ORDINAL_POSITION""", row -> {
            String table = row.getString(1);
            if (tableCollations.containsKey(table)) {
                byTable.computeIfAbsent(table, t -> new ArrayList<>()).add(column(
                        row.getString(2), row.getString(3), "YES".equals(row.getString(4)), row.getString(5),
                        row.getString(6), row.getString(7), row.getString(8), row.getString(9),
                        tableCollations.get(table)));
            }
            return null;
        });
        return byTable;
    }

    private Column column(String name, String rawDefault, boolean nullable, String columnType, String collation,
                          String rawExtra, String comment, String generation, String tableCollation) {
        String extra = rawExtra == null ? "" : rawExtra;
        String lowerExtra = extra.toLowerCase(Locale.ROOT);
        String type = MysqlTypes.canonical(columnType);
        Column.Generated generated = null;
        if (lowerExtra.contains("generated") && !lowerExtra.contains("default_generated")) {
            boolean stored = lowerExtra.contains("stored") || lowerExtra.contains("persistent");
            generated = new Column.Generated(MysqlExpressions.unwrap(unqualified(generation)), stored);
        }
        String defaultValue = generated == null ? MysqlDefaults.normalise(unqualified(rawDefault), extra, type, server.mariadb())
                : null;
        Matcher onUpdate = ON_UPDATE.matcher(extra);
        if (onUpdate.find()) {
            type = type + " on update " + MysqlDefaults.currentTimestamp(onUpdate.group(1));
        }
        if (INVISIBLE.matcher(extra).find()) {
            type = type + " invisible";
        }
        Column.Identity identity = lowerExtra.contains("auto_increment")
                ? new Column.Identity(Column.Identity.Kind.AUTO_INCREMENT, null, null) : null;
        String ownCollation = collation == null || collation.equals(tableCollation) ? null : collation;
        return new Column(name, type, nullable, defaultValue, identity, generated, ownCollation,
                comment == null || comment.isEmpty() ? null : comment);
    }

    /**
     * MariaDB qualifies sequence references in defaults with the current database
     * ({@code nextval(`app`.`seq`)}); without it the expression means the same in any database.
     */
    private String unqualified(String expression) {
        return expression == null ? null : expression.replace(qualifier, "");
    }
}
