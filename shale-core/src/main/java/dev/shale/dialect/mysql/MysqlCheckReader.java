package dev.shale.dialect.mysql;

import dev.shale.dialect.CatalogReader;
import dev.shale.model.CheckConstraint;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads CHECK constraints of every table in one query on information_schema.CHECK_CONSTRAINTS.
 * MariaDB names a column-level check after its column and reports it with LEVEL 'Column'; it
 * is modelled as a table check of that name (a table-level check of the same name is
 * equivalent), so the renderer writes every check at table level. MySQL 8 wraps the clause in
 * parentheses and MariaDB does not: the clause is stored without outer parentheses.
 */
final class MysqlCheckReader {
    private final MysqlServer server;

    MysqlCheckReader(MysqlServer server) {
        this.server = server;
    }

    Map<String, List<CheckConstraint>> read(CatalogReader catalog) throws SQLException {
        Map<String, List<CheckConstraint>> byTable = new HashMap<>();
        if (!server.hasCheckConstraints()) {
            return byTable;
        }
        catalog.query(query(), row -> byTable.computeIfAbsent(row.getString(1), t -> new ArrayList<>())
                .add(new CheckConstraint(row.getString(2), MysqlExpressions.unwrap(row.getString(3)))));
        return byTable;
    }

    private String query() {
        if (server.mariadb()) {
            // MariaDB's CHECK_CONSTRAINTS has TABLE_NAME (check names are unique per table only).
            return """
                    SELECT TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE
                      FROM information_schema.CHECK_CONSTRAINTS
                     WHERE CONSTRAINT_SCHEMA = DATABASE()""";
        }
        // MySQL 8's has not (names are unique per schema): the table comes from TABLE_CONSTRAINTS.
        return """
                SELECT tc.TABLE_NAME, cc.CONSTRAINT_NAME, cc.CHECK_CLAUSE
                  FROM information_schema.CHECK_CONSTRAINTS cc
                  JOIN information_schema.TABLE_CONSTRAINTS tc
                    ON tc.CONSTRAINT_SCHEMA = cc.CONSTRAINT_SCHEMA AND tc.CONSTRAINT_NAME = cc.CONSTRAINT_NAME
                   AND tc.CONSTRAINT_TYPE = 'CHECK'
                 WHERE cc.CONSTRAINT_SCHEMA = DATABASE()""";
    }
}
