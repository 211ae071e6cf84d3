package dev.shale.dialect.postgres;

import dev.shale.diff.ChangeSet;
import dev.shale.model.DatabaseSchema;
import dev.shale.model.QualifiedName;

/**
 * What the planners of single changes may look at besides the change itself: the rendering
 * helpers, both schemas, their serial sequences, and the whole change set.
 */
record PlanContext(PostgresNames names, PostgresTableDdl tables, PostgresObjectDdl objects,
                   DatabaseSchema from, DatabaseSchema to, ChangeSet changes,
                   SerialSequences fromSerials, SerialSequences toSerials) {

    static PlanContext of(PostgresNames names, ChangeSet changes, DatabaseSchema from, DatabaseSchema to) {
        return new PlanContext(names, new PostgresTableDdl(names), new PostgresObjectDdl(names), from, to, changes,
                new SerialSequences(names, from), new SerialSequences(names, to));
    }

    String qualified(QualifiedName name) {
        return names.qualified(name);
    }

    String quote(String identifier) {
        return names.quote(identifier);
    }

    /** {@code ALTER TABLE "s"."t" } followed by the action. */
    String alterTable(QualifiedName table, String action) {
        return "ALTER TABLE " + qualified(table) + " " + action;
    }
}
