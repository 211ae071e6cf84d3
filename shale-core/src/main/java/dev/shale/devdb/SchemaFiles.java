package dev.shale.devdb;

import dev.shale.ShaleException;
import dev.shale.db.DatabaseUrl;
import dev.shale.dialect.ConnectFailures;
import dev.shale.migrate.files.SqlSection;
import dev.shale.migrate.sql.SqlStatement;
import dev.shale.migrate.sql.StatementSplitter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Desired-state SQL files, run statement by statement on a database: the database parses
 * them, so an error names the file, the line and the database's own message.
 */
final class SchemaFiles {
    private final DatabaseUrl url;

    SchemaFiles(DatabaseUrl url) {
        this.url = url;
    }

    void load(List<Path> paths) {
        StatementSplitter splitter = new StatementSplitter(url.dialect().migrations().splitterRules());
        try (Connection connection = url.connect(); Statement statement = connection.createStatement()) {
            for (Path file : SchemaFilesList.of(paths)) {
                for (SqlStatement sql : splitter.split(new SqlSection(file, 1, read(file)))) {
                    execute(statement, file, sql);
                }
            }
        } catch (SQLException e) {
            throw new ShaleException(dev.shale.ExitCode.DATABASE_UNAVAILABLE,
                    "lost the dev database " + url.display() + ": " + ConnectFailures.firstLine(e), "run again", e);
        }
    }

    private static void execute(Statement statement, Path file, SqlStatement sql) {
        try {
            statement.execute(sql.sql());
        } catch (SQLException e) {
            throw ShaleException.usage(file + ":" + sql.line() + ": " + ConnectFailures.firstLine(e),
                    "fix the statement in the schema file; Shale runs it on a throw-away database to read it");
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw ShaleException.usage("cannot read " + file + ": " + e.getMessage(), "check its permissions");
        }
    }
}
