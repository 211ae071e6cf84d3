package dev.shale.bench;

import dev.shale.db.DatabaseUrl;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** PostgreSQL: {@code psql -f} as the floor; the fingerprint from information_schema and pg_catalog. */
final class PostgresTarget extends BenchTarget {
    PostgresTarget(String serverUrl, String prefix) {
        super(serverUrl, prefix);
    }

    @Override
    String displayName() {
        return "PostgreSQL";
    }

    @Override
    String floorName() {
        return "psql -f";
    }

    @Override
    ProcessContender floor(String database, Path script) {
        DatabaseUrl url = database(database);
        List<String> command = new ArrayList<>(List.of("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1",
                "-h", url.host(), "-p", String.valueOf(url.port())));
        if (url.user() != null) {
            command.addAll(List.of("-U", url.user()));
        }
        command.addAll(List.of("-d", database, "-f", script.toString(), "-o", "/dev/null"));
        return new ProcessContender(floorName(), command).env(peerEnvironment());
    }

    @Override
    String fingerprintQuery() {
        return """
                SELECT 'c|' || table_name || '|' || column_name || '|' || data_type || '|'
                       || coalesce(character_maximum_length::text, '') || '|' || coalesce(numeric_precision::text, '')
                       || '|' || is_nullable || '|' || coalesce(column_default, '')
                  FROM information_schema.columns WHERE table_schema = 'public' AND table_name NOT IN %1$s
                UNION ALL
                SELECT 'i|' || tablename || '|' || indexdef FROM pg_indexes
                 WHERE schemaname = 'public' AND tablename NOT IN %1$s
                UNION ALL
                SELECT 'k|' || c.relname || '|' || k.conname || '|' || pg_get_constraintdef(k.oid)
                  FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
                 WHERE k.connamespace = 'public'::regnamespace AND c.relname NOT IN %1$s
                ORDER BY 1
                """.formatted(HISTORY);
    }

    @Override
    String tableCountQuery() {
        return "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public' AND table_name NOT IN "
                + HISTORY;
    }
}
