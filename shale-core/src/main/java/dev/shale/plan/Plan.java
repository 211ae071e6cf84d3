package dev.shale.plan;

import java.util.List;

/**
 * The statements that carry out a change set on one dialect, in order.
 *
 * @param notes what the reader of the migration must know and the SQL cannot say (e.g. "a
 *              dropped column's data cannot be brought back by the down section")
 */
public record Plan(List<PlannedStatement> statements, List<String> notes) {
    public Plan {
        statements = List.copyOf(statements);
        notes = List.copyOf(notes);
    }

    public boolean isEmpty() {
        return statements.isEmpty();
    }

    public List<String> sql() {
        return statements.stream().map(PlannedStatement::sql).toList();
    }
}
