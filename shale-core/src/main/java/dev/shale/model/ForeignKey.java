package dev.shale.model;

import java.util.List;

/** A foreign key from {@code columns} of its table to {@code referencedColumns} of {@code referencedTable}. */
public record ForeignKey(String name, List<String> columns, QualifiedName referencedTable,
                         List<String> referencedColumns, Action onDelete, Action onUpdate,
                         Deferrable deferrable) {

    public ForeignKey {
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
        onDelete = onDelete == null ? Action.NO_ACTION : onDelete;
        onUpdate = onUpdate == null ? Action.NO_ACTION : onUpdate;
        deferrable = deferrable == null ? Deferrable.NOT_DEFERRABLE : deferrable;
    }

    /** ON DELETE / ON UPDATE behaviour. */
    public enum Action {
        NO_ACTION("NO ACTION"), RESTRICT("RESTRICT"), CASCADE("CASCADE"), SET_NULL("SET NULL"),
        SET_DEFAULT("SET DEFAULT");

        private final String sql;

        Action(String sql) {
            this.sql = sql;
        }

        public String sql() {
            return sql;
        }
    }

    /** When the constraint is checked (PostgreSQL and SQLite). */
    public enum Deferrable {
        NOT_DEFERRABLE, DEFERRABLE_INITIALLY_IMMEDIATE, DEFERRABLE_INITIALLY_DEFERRED
    }

    /** The same foreign key with other local columns and target (after renames). */
    public ForeignKey withColumns(List<String> newColumns, QualifiedName newTable, List<String> newReferencedColumns) {
        return new ForeignKey(name, newColumns, newTable, newReferencedColumns, onDelete, onUpdate, deferrable);
    }
}
