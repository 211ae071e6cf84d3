package dev.shale.dialect.sqlite;

import dev.shale.dialect.CatalogReader;
import dev.shale.model.DatabaseSchema;
import dev.shale.testing.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

/** Test helpers: inspect a test database, read a fixture file, render and apply a schema. */
final class SqliteSchemas {
    private SqliteSchemas() {
    }

    static DatabaseSchema inspect(TestDatabase db) {
        try (Connection connection = db.connect()) {
            return db.dialect().inspector().inspect(new CatalogReader(connection), List.of());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Inspects and returns the number of catalog queries it took. */
    static int inspectionQueries(TestDatabase db) {
        try (Connection connection = db.connect()) {
            CatalogReader reader = new CatalogReader(connection);
            db.dialect().inspector().inspect(reader, List.of());
            return reader.queryCount();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The statements of a fixture, separated by lines holding only ";". */
    static String[] fixture(String name) {
        try (InputStream in = SqliteSchemas.class.getResourceAsStream("/fixtures/sqlite/" + name)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Arrays.stream(text.split("(?m)^;\\s*$")).map(String::strip).filter(s -> !s.isEmpty())
                    .filter(s -> !s.lines().allMatch(l -> l.isBlank() || l.startsWith("--")))
                    .toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> render(TestDatabase db, DatabaseSchema schema) {
        return db.dialect().ddl().createStatements(schema);
    }
}
