package dev.shale.dialect.mysql;

import dev.shale.model.ForeignKey;
import dev.shale.model.QualifiedName;
import java.util.List;

/** A foreign key that exists before and after a plan, with the table it belongs to. */
record MysqlKeptForeignKey(QualifiedName table, ForeignKey foreignKey) {

    /** Whether an index on {@code key} of table {@code indexed} can serve this key (its columns lead the index). */
    boolean needs(QualifiedName indexed, List<String> key) {
        return table.equals(indexed) && leads(foreignKey.columns(), key)
                || foreignKey.referencedTable().equals(indexed) && leads(foreignKey.referencedColumns(), key);
    }

    /** Whether the key uses {@code column} of table {@code owner}, on either side. */
    boolean uses(QualifiedName owner, String column) {
        return table.equals(owner) && foreignKey.columns().contains(column)
                || foreignKey.referencedTable().equals(owner) && foreignKey.referencedColumns().contains(column);
    }

    private static boolean leads(List<String> columns, List<String> key) {
        return key.size() >= columns.size() && key.subList(0, columns.size()).equals(columns);
    }
}
