package dev.shale.dialect.mysql;

import dev.shale.backup.BackupFailedException;
import dev.shale.backup.BackupFile;
import dev.shale.backup.Backups;
import dev.shale.backup.ExternalTool;
import dev.shale.db.DatabaseUrl;
import dev.shale.dialect.BackupTool;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** MySQL/MariaDB backups: {@code mysqldump --single-transaction}, restored with the {@code mysql} client. */
final class MysqlBackups implements BackupTool {
    private static final Pattern CREATE_TABLE = Pattern.compile("CREATE TABLE `((?:[^`]|``)+)`");

    @Override
    public String extension() {
        return "sql";
    }

    @Override
    public BackupFile backup(DatabaseUrl url, Path file) {
        List<String> dump = connection("mysqldump", url);
        dump.addAll(List.of("--single-transaction", "--routines", "--triggers", "--result-file=" + file,
                url.database()));
        new ExternalTool(dump, password(url), Optional.empty()).run();
        long bytes = Backups.requireNonEmpty(file, "mysqldump");
        int tables = dumpedTables(file);
        Backups.requireTables(tables, liveTables(url), file);
        return new BackupFile(file, bytes, tables);
    }

    @Override
    public void restore(DatabaseUrl url, Path file) {
        Backups.requireNoNewerTables(dumpedTableNames(file), liveTableNames(url), file);
        List<String> client = connection("mysql", url);
        client.add(url.database());
        new ExternalTool(client, password(url), Optional.of(file)).run();
    }

    private static List<String> connection(String program, DatabaseUrl url) {
        List<String> command = new ArrayList<>(List.of(program, "--host=" + url.host(), "--port=" + url.port(),
                "--protocol=TCP"));
        if (url.user() != null) {
            command.add("--user=" + url.user());
        }
        return command;
    }

    private static Map<String, String> password(DatabaseUrl url) {
        Map<String, String> environment = new HashMap<>();
        if (url.password() != null) {
            environment.put("MYSQL_PWD", url.password());
        }
        return environment;
    }

    private static int dumpedTables(Path file) {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return (int) lines.filter(line -> line.startsWith("CREATE TABLE `")).count();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new BackupFailedException("cannot read the backup " + file + ": " + e.getMessage(), null);
        }
    }

    /** The tables of the dump: its {@code CREATE TABLE `name`} lines (views are written differently). */
    private static Set<String> dumpedTableNames(Path file) {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.map(CREATE_TABLE::matcher).filter(Matcher::lookingAt)
                    .map(m -> m.group(1).replace("``", "`")).collect(Collectors.toSet());
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new BackupFailedException("cannot read the backup " + file + ": " + e.getMessage(), null);
        }
    }

    private static Set<String> liveTableNames(DatabaseUrl url) {
        Set<String> tables = new HashSet<>();
        try (Connection connection = url.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT table_name FROM information_schema.tables "
                     + "WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
            return tables;
        } catch (SQLException e) {
            throw new IllegalStateException("listing the tables failed", e);
        }
    }

    private static int liveTables(DatabaseUrl url) {
        try (Connection connection = url.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM information_schema.tables "
                     + "WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'")) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException("counting the tables failed", e);
        }
    }
}
