package dev.shale.dialect.postgres;

import dev.shale.backup.BackupFile;
import dev.shale.backup.Backups;
import dev.shale.backup.ExternalTool;
import dev.shale.db.DatabaseUrl;
import dev.shale.dialect.BackupTool;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** PostgreSQL backups: {@code pg_dump} custom format, checked with {@code pg_restore --list}. */
final class PostgresBackups implements BackupTool {
    private static final Pattern TABLE_ENTRY = Pattern.compile("^\\d+; \\d+ \\d+ TABLE (?!DATA ).*");
    /** A TABLE line of {@code pg_restore --list}: id; catalog oid object oid TABLE schema name owner. */
    private static final Pattern TABLE_NAME = Pattern.compile("^\\d+; \\d+ \\d+ TABLE (?!DATA )(\\S+) (\\S+) \\S+$");
    /** User tables, not those of extensions; after "FROM pg_class c JOIN". */
    private static final String LIVE_TABLES = "pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
            + "WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema') "
            + "AND n.nspname NOT LIKE 'pg_toast%' "
            + "AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.objid = c.oid AND d.deptype = 'e')";

    @Override
    public String extension() {
        return "dump";
    }

    @Override
    public BackupFile backup(DatabaseUrl url, Path file) {
        List<String> dump = connection("pg_dump", url);
        dump.addAll(List.of("--format=custom", "--file=" + file));
        new ExternalTool(dump, password(url), Optional.empty()).run();
        long bytes = Backups.requireNonEmpty(file, "pg_dump");
        String listing = new ExternalTool(List.of("pg_restore", "--list", file.toString()), Map.of(),
                Optional.empty()).run();
        int tables = (int) listing.lines().filter(line -> TABLE_ENTRY.matcher(line).matches()).count();
        Backups.requireTables(tables, liveTables(url), file);
        return new BackupFile(file, bytes, tables);
    }

    @Override
    public void restore(DatabaseUrl url, Path file) {
        Backups.requireNoNewerTables(dumpedTables(file), liveTableNames(url), file);
        List<String> restore = connection("pg_restore", url);
        restore.addAll(List.of("--clean", "--if-exists", "--no-owner", "--single-transaction", file.toString()));
        new ExternalTool(restore, password(url), Optional.empty()).run();
    }

    private static List<String> connection(String program, DatabaseUrl url) {
        List<String> command = new ArrayList<>(List.of(program, "--host=" + url.host(), "--port=" + url.port(),
                "--dbname=" + url.database(), "--no-password"));
        if (url.user() != null) {
            command.add("--username=" + url.user());
        }
        return command;
    }

    private static Map<String, String> password(DatabaseUrl url) {
        Map<String, String> environment = new HashMap<>();
        if (url.password() != null) {
            environment.put("PGPASSWORD", url.password());
        }
        return environment;
    }

    /** schema.table of every TABLE entry of the dump's table of contents. */
    private static Set<String> dumpedTables(Path file) {
        String listing = new ExternalTool(List.of("pg_restore", "--list", file.toString()), Map.of(),
                Optional.empty()).run();
        Set<String> tables = new HashSet<>();
        for (String line : listing.lines().toList()) {
            Matcher entry = TABLE_NAME.matcher(line);
            if (entry.matches()) {
                tables.add(entry.group(1) + "." + entry.group(2));
            }
        }
        return tables;
    }

    private static Set<String> liveTableNames(DatabaseUrl url) {
        Set<String> tables = new HashSet<>();
        try (Connection connection = url.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT n.nspname, c.relname FROM pg_catalog.pg_class c JOIN "
                     + LIVE_TABLES)) {
            while (rows.next()) {
                tables.add(rows.getString(1) + "." + rows.getString(2));
            }
            return tables;
        } catch (SQLException e) {
            throw new IllegalStateException("listing the tables failed", e);
        }
    }

    private static int liveTables(DatabaseUrl url) {
        try (Connection connection = url.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM pg_catalog.pg_class c JOIN "
                     + LIVE_TABLES)) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException("counting the tables failed", e);
        }
    }
}
