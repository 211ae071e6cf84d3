package dev.shale.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * SQLite: a database is a file {@code NAME.db} in the folder of the target's URL (a fresh file
 * per round). The floor is the {@code sqlite3} shell reading the file on its standard input, if
 * it is installed (the bench does not install it); the fingerprint comes from sqlite_master and
 * the table-valued pragmas table_info, index_list, index_info and foreign_key_list.
 */
final class SqliteTarget extends BenchTarget {
    /** The tables of the schema, {@code m}: not SQLite's own, not a history table. */
    private static final String TABLES = "m.type = 'table' AND substr(m.name, 1, 7) <> 'sqlite_' "
            + "AND lower(m.name) NOT IN " + HISTORY;

    SqliteTarget(String serverUrl, String prefix) {
        super(serverUrl, prefix);
    }

    @Override
    String displayName() {
        return "SQLite";
    }

    @Override
    String floorName() {
        return sqlite3() == null ? null : "sqlite3 < file";
    }

    @Override
    String noFloorReason() {
        return sqlite3() == null ? "none (sqlite3 is not installed)" : null;
    }

    @Override
    ProcessContender floor(String database, Path script) {
        return new ProcessContender(floorName(), List.of(sqlite3().toString(), "-bail", database(database).database()))
                .input(script);
    }

    /** The sqlite3 shell on the PATH, or null. */
    private static Path sqlite3() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, "sqlite3");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    @Override
    String fingerprintQuery() {
        return """
                SELECT 'c|' || m.name || '|' || p.cid || '|' || p.name || '|' || p.type || '|' || p."notnull"
                       || '|' || coalesce(p.dflt_value, '-') || '|' || p.pk
                  FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE %1$s
                UNION ALL
                SELECT 'i|' || m.name || '|' || l.name || '|' || l."unique" || '|' || l.origin || '|' || l.partial
                       || '|' || (SELECT group_concat(coalesce(i.name, '?'), ',') FROM pragma_index_info(l.name) i)
                  FROM sqlite_master m JOIN pragma_index_list(m.name) l WHERE %1$s
                UNION ALL
                SELECT 'k|' || m.name || '|' || f.id || '|' || f.seq || '|' || f."table" || '|' || f."from" || '|'
                       || coalesce(f."to", '') || '|' || f.on_update || '|' || f.on_delete
                  FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f WHERE %1$s
                ORDER BY 1
                """.formatted(TABLES);
    }

    @Override
    String tableCountQuery() {
        return "SELECT count(*) FROM sqlite_master m WHERE " + TABLES;
    }
}
