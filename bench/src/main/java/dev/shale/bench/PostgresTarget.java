package dev.shale.bench;

import dev.shale.db.DatabaseUrl;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** PostgreSQL: {@code psql -f} as the floor; the fingerprint from information_schema and pg_catalog. */
final class PostgresTarget extends BenchTarget {
    private static final String ASIDE = "_aside_";
    private int setAside;

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

    /**
     * Sets the previous round's database aside (renamed, dropped with {@link #drop}) instead of
     * dropping it, then runs a CHECKPOINT. Dropping deletes thousands of files, and the file
     * system's work after it slowed the next run's CREATE TABLEs by a varying amount (on ext4,
     * inode allocation steps over recently freed inodes); the CHECKPOINT writes out the previous
     * run's pages, so that no timed run pays for another's writes either. Untimed, like the drop.
     */
    @Override
    void fresh(String name) {
        try (Connection connection = server.connect(); Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name + "'");
            try (ResultSet exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
                if (exists.next()) {
                    statement.execute("ALTER DATABASE " + name + " RENAME TO " + name + ASIDE + (++setAside));
                }
            }
            statement.execute("CREATE DATABASE " + name);
            statement.execute("CHECKPOINT");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot make a fresh database " + name + ": " + e.getMessage(), e);
        }
    }

    /** Drops {@code name} and every copy of it set aside. */
    @Override
    void drop(String name) {
        List<String> names = new ArrayList<>(List.of(name));
        try (Connection connection = server.connect(); Statement statement = connection.createStatement();
             ResultSet aside = statement.executeQuery("SELECT datname FROM pg_database WHERE starts_with(datname, '"
                     + name + ASIDE + "')")) {
            while (aside.next()) {
                names.add(aside.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list the databases set aside: " + e.getMessage(), e);
        }
        names.forEach(super::drop);
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
