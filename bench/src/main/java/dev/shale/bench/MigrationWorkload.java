package dev.shale.bench;

import dev.shale.migrate.files.SumFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The S1 workload: N generated migrations in SQL that PostgreSQL, MariaDB and SQLite all run as
 * written, four in five a CREATE TABLE of 5 columns plus an index, every fifth an ALTER TABLE ADD
 * COLUMN plus an index on a table created before (800 + 200 at 1,000). Written in each
 * contender's own layout from the same statements.
 */
final class MigrationWorkload {
    /** One migration: its number, a name, and its statements without the trailing semicolon. */
    record Migration(int number, String name, List<String> statements) {
    }

    private final List<Migration> migrations;

    private MigrationWorkload(List<Migration> migrations) {
        this.migrations = List.copyOf(migrations);
    }

    static MigrationWorkload of(int count) {
        List<Migration> migrations = new ArrayList<>();
        int created = 0;
        for (int n = 1; n <= count; n++) {
            if (n % 5 == 0) {
                // Table 4m exists when migration 5m runs: 4m creates came before it.
                String table = table(4 * (n / 5));
                String column = "extra_" + n;
                migrations.add(new Migration(n, "alter_" + table, List.of(
                        "ALTER TABLE " + table + " ADD COLUMN " + column + " varchar(40)",
                        "CREATE INDEX " + table + "_" + column + "_idx ON " + table + " (" + column + ")")));
            } else {
                String table = table(++created);
                migrations.add(new Migration(n, "create_" + table, List.of(
                        "CREATE TABLE " + table + " (id bigint PRIMARY KEY, name varchar(100) NOT NULL, "
                                + "amount numeric(12,2) DEFAULT 0, created_at timestamp DEFAULT CURRENT_TIMESTAMP, note text)",
                        "CREATE INDEX " + table + "_name_idx ON " + table + " (name)")));
            }
        }
        return new MigrationWorkload(migrations);
    }

    static String table(int i) {
        return String.format("s1_t%04d", i);
    }

    List<Migration> migrations() {
        return migrations;
    }

    /** How many statements the migrations hold (the floor runs each with its own commit). */
    int statements() {
        return migrations.stream().mapToInt(m -> m.statements().size()).sum();
    }

    /** How many tables the workload leaves. */
    int tables() {
        return (int) migrations.stream().filter(m -> m.name().startsWith("create_")).count();
    }

    /** Shale's layout: {@code migrations/0001_create_s1_t0001.sql} with up and down, and shale.sum. */
    Path writeShale(Path project) throws IOException {
        Path dir = Files.createDirectories(project.resolve("migrations"));
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Migration m : migrations) {
            StringBuilder text = new StringBuilder("-- shale:up\n");
            m.statements().forEach(s -> text.append(s).append(";\n"));
            text.append("-- shale:down\n").append(down(m)).append(";\n");
            String name = String.format("%04d_%s.sql", m.number(), m.name());
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            Files.write(dir.resolve(name), bytes);
            files.put(name, bytes);
        }
        SumFile.write(dir, files);
        return project;
    }

    /** Flyway's layout: {@code V1__create_s1_t0001.sql}. */
    Path writeFlyway(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (Migration m : migrations) {
            Files.writeString(dir.resolve("V" + m.number() + "__" + m.name() + ".sql"), upScript(m));
        }
        return dir;
    }

    /** A Liquibase formatted-SQL changelog, one changeset per migration. */
    Path writeLiquibase(Path dir) throws IOException {
        Files.createDirectories(dir);
        StringBuilder text = new StringBuilder("--liquibase formatted sql\n");
        for (Migration m : migrations) {
            text.append("\n--changeset bench:").append(m.number()).append('\n').append(upScript(m));
        }
        return Files.writeString(dir.resolve("changelog.sql"), text);
    }

    /** Every statement in one file, for the floor ({@code psql -f}, {@code mariadb < file}, …). */
    Path writeScript(Path file) throws IOException {
        StringBuilder text = new StringBuilder();
        migrations.forEach(m -> text.append(upScript(m)));
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private static String upScript(Migration m) {
        StringBuilder text = new StringBuilder();
        m.statements().forEach(s -> text.append(s).append(";\n"));
        return text.toString();
    }

    private static String down(Migration m) {
        String table = m.name().substring(m.name().indexOf('_') + 1);
        return m.name().startsWith("create_") ? "DROP TABLE " + table
                : "ALTER TABLE " + table + " DROP COLUMN extra_" + m.number();
    }
}
