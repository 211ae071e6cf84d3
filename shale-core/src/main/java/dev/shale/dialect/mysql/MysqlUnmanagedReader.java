package dev.shale.dialect.mysql;

import dev.shale.dialect.CatalogReader;
import dev.shale.model.QualifiedName;
import dev.shale.model.UnmanagedObject;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * Lists the objects the model does not cover — stored procedures and functions (and MariaDB
 * packages), triggers, events — in one query, so that output can report them as not managed.
 */
final class MysqlUnmanagedReader {

    List<UnmanagedObject> read(CatalogReader catalog) throws SQLException {
        return catalog.query("""
                SELECT ROUTINE_TYPE, ROUTINE_NAME, NULL FROM information_schema.ROUTINES
                 WHERE ROUTINE_SCHEMA = DATABASE()
                UNION ALL
                SELECT 'TRIGGER', TRIGGER_NAME, EVENT_OBJECT_TABLE FROM information_schema.TRIGGERS
                 WHERE TRIGGER_SCHEMA = DATABASE()
                UNION ALL
                SELECT 'EVENT', EVENT_NAME, NULL FROM information_schema.EVENTS
                 WHERE EVENT_SCHEMA = DATABASE()""", row -> {
            String table = row.getString(3);
            return new UnmanagedObject(row.getString(1).toLowerCase(Locale.ROOT), QualifiedName.of(row.getString(2)),
                    table == null ? null : QualifiedName.of(table));
        });
    }
}
