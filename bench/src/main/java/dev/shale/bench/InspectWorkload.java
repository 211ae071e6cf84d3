package dev.shale.bench;

import dev.shale.db.DatabaseUrl;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The inspection workload: N tables of 10 columns, a primary key, 2 indexes and 1 foreign key
 * each (to the previous table). Written in each server's own SQL; created once per size and
 * reused by later runs.
 */
final class InspectWorkload {
    private InspectWorkload() {
    }

    static List<String> statements(String dialectId, int tables) {
        boolean mysql = dialectId.equals("mysql");
        String bool = mysql ? "tinyint(1)" : "boolean";
        List<String> sql = new ArrayList<>();
        for (int i = 1; i <= tables; i++) {
            String t = table(i);
            sql.add("CREATE TABLE " + t + " (id bigint PRIMARY KEY, ref_id bigint, name varchar(100) NOT NULL, "
                    + "email varchar(255), amount numeric(12,2) DEFAULT 0, active " + bool + " DEFAULT " + (mysql ? "1" : "true")
                    + ", created_at timestamp DEFAULT CURRENT_TIMESTAMP, note text, qty integer, code char(8))");
            sql.add("CREATE INDEX " + t + "_name_idx ON " + t + " (name)");
            sql.add("CREATE INDEX " + t + "_created_idx ON " + t + " (created_at, active)");
            String target = i == 1 ? t : table(i - 1);
            sql.add("ALTER TABLE " + t + " ADD CONSTRAINT " + t + "_ref_fk FOREIGN KEY (ref_id) REFERENCES " + target + " (id)");
        }
        return sql;
    }

    static String table(int i) {
        return String.format("bench_t%05d", i);
    }

    /** Creates the workload in {@code url}'s database unless it already holds exactly that many tables. */
    static void ensure(DatabaseUrl url, int tables) throws SQLException {
        try (Connection connection = url.connect(); Statement statement = connection.createStatement()) {
            if (countTables(statement) == tables) {
                return;
            }
            List<String> sql = statements(url.dialect().id(), tables);
            for (int i = 0; i < sql.size(); i++) {
                statement.addBatch(sql.get(i));
                if (i % 400 == 399) {
                    statement.executeBatch();
                }
            }
            statement.executeBatch();
        }
    }

    private static int countTables(Statement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery(
                "SELECT count(*) FROM information_schema.tables WHERE table_name LIKE 'bench\\_t%' "
                        + "AND table_schema NOT IN ('information_schema', 'pg_catalog')")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
