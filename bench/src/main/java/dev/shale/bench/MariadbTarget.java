package dev.shale.bench;

import dev.shale.db.DatabaseUrl;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * MariaDB (or MySQL): {@code mariadb DATABASE < file} as the floor, the analogue of
 * {@code psql -f}; the fingerprint from information_schema's columns, statistics (indexes) and
 * table constraints of the database. Liquibase writes its tables in upper case, hence
 * {@code LOWER} against the history names.
 */
final class MariadbTarget extends BenchTarget {
    MariadbTarget(String serverUrl, String prefix) {
        super(serverUrl, prefix);
    }

    @Override
    String displayName() {
        return "MariaDB";
    }

    @Override
    String floorName() {
        return "mariadb < file";
    }

    @Override
    ProcessContender floor(String database, Path script) {
        DatabaseUrl url = database(database);
        // Batch mode stops at the first error and exits non-zero; the password comes from MYSQL_PWD.
        List<String> command = new ArrayList<>(List.of("mariadb", "--batch", "-h", url.host(),
                "-P", String.valueOf(url.port())));
        if (url.user() != null) {
            command.add("-u" + url.user());
        }
        command.add(database);
        return new ProcessContender(floorName(), command).input(script).env(peerEnvironment());
    }

    @Override
    String fingerprintQuery() {
        return """
                SELECT CONCAT_WS('|', 'c', table_name, column_name, ordinal_position, column_type, is_nullable,
                                 COALESCE(column_default, '-'), extra)
                  FROM information_schema.columns WHERE table_schema = DATABASE() AND LOWER(table_name) NOT IN %1$s
                UNION ALL
                SELECT CONCAT_WS('|', 'i', table_name, index_name, non_unique, seq_in_index, column_name, index_type)
                  FROM information_schema.statistics WHERE table_schema = DATABASE() AND LOWER(table_name) NOT IN %1$s
                UNION ALL
                SELECT CONCAT_WS('|', 'k', table_name, constraint_name, constraint_type)
                  FROM information_schema.table_constraints
                 WHERE constraint_schema = DATABASE() AND LOWER(table_name) NOT IN %1$s
                ORDER BY 1
                """.formatted(HISTORY);
    }

    @Override
    String tableCountQuery() {
        return "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE() "
                + "AND LOWER(table_name) NOT IN " + HISTORY;
    }
}
