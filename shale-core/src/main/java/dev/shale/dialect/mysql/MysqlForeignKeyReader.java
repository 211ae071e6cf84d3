package dev.shale.dialect.mysql;

import dev.shale.dialect.CatalogReader;
import dev.shale.model.ForeignKey;
import dev.shale.model.QualifiedName;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the foreign keys of every table in one query joining REFERENTIAL_CONSTRAINTS and
 * KEY_COLUMN_USAGE. RESTRICT and NO ACTION are the same thing in InnoDB (both checked at
 * once, https://dev.mysql.com/doc/refman/8.0/en/create-table-foreign-keys.html#foreign-key-referential-actions);
 * MariaDB reports an unspecified action as RESTRICT and MySQL 8 as NO ACTION, so both become
 * {@link ForeignKey.Action#NO_ACTION}. A referenced table in another database keeps that
 * database as its schema; in the current database the schema is null.
 */
final class MysqlForeignKeyReader {
    private final MysqlServer server;

    MysqlForeignKeyReader(MysqlServer server) {
        this.server = server;
    }

    private record Row(String table, String name, String column, String refSchema, String refTable,
                       String refColumn, String onUpdate, String onDelete) {
    }

    Map<String, List<ForeignKey>> read(CatalogReader catalog) throws SQLException {
        List<Row> rows = catalog.query("""
                SELECT k.TABLE_NAME, k.CONSTRAINT_NAME, k.COLUMN_NAME, k.REFERENCED_TABLE_SCHEMA,
                       k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME, r.UPDATE_RULE, r.DELETE_RULE
                  FROM information_schema.REFERENTIAL_CONSTRAINTS r
                  JOIN information_schema.KEY_COLUMN_USAGE k
                    ON k.CONSTRAINT_SCHEMA = r.CONSTRAINT_SCHEMA AND k.TABLE_NAME = r.TABLE_NAME
                   AND k.CONSTRAINT_NAME = r.CONSTRAINT_NAME
                 WHERE r.CONSTRAINT_SCHEMA = DATABASE() AND k.CONSTRAINT_SCHEMA = DATABASE()
                 ORDER BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION""",
                row -> new Row(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getString(5), row.getString(6), row.getString(7), row.getString(8)));
        Map<String, Map<String, List<Row>>> grouped = new LinkedHashMap<>();
        for (Row row : rows) {
            grouped.computeIfAbsent(row.table(), t -> new LinkedHashMap<>())
                    .computeIfAbsent(row.name(), n -> new ArrayList<>()).add(row);
        }
        Map<String, List<ForeignKey>> result = new HashMap<>();
        grouped.forEach((table, keys) -> result.put(table, keys.values().stream().map(this::foreignKey).toList()));
        return result;
    }

    private ForeignKey foreignKey(List<Row> columns) {
        Row first = columns.get(0);
        String schema = first.refSchema() == null || first.refSchema().equals(server.database()) ? null
                : first.refSchema();
        return new ForeignKey(first.name(), columns.stream().map(Row::column).toList(),
                QualifiedName.of(schema, first.refTable()), columns.stream().map(Row::refColumn).toList(),
                action(first.onDelete()), action(first.onUpdate()), ForeignKey.Deferrable.NOT_DEFERRABLE);
    }

    static ForeignKey.Action action(String rule) {
        return switch (rule == null ? "NO ACTION" : rule) {
            case "CASCADE" -> ForeignKey.Action.CASCADE;
            case "SET NULL" -> ForeignKey.Action.SET_NULL;
            case "SET DEFAULT" -> ForeignKey.Action.SET_DEFAULT;
            default -> ForeignKey.Action.NO_ACTION;
        };
    }
}
