package dev.shale.dialect.postgres;

import dev.shale.dialect.CatalogReader;
import dev.shale.model.DatabaseSchema;
import dev.shale.testing.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Test helpers: load fixtures, inspect a test database, apply rendered DDL. */
final class PostgresCatalog {
    private PostgresCatalog() {
    }

    static String fixture(String name) {
        try (InputStream in = PostgresCatalog.class.getResourceAsStream("/fixtures/postgresql/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DatabaseSchema inspect(TestDatabase db, String... namespaces) {
        return inspectCounting(db, namespaces).schema();
    }

    record Inspection(DatabaseSchema schema, int queries) {
    }

    static Inspection inspectCounting(TestDatabase db, String... namespaces) {
        try (Connection connection = db.connect()) {
            CatalogReader catalog = new CatalogReader(connection);
            DatabaseSchema schema = db.dialect().inspector().inspect(catalog, List.of(namespaces));
            return new Inspection(schema, catalog.queryCount());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> render(TestDatabase db, DatabaseSchema schema) {
        return db.dialect().ddl().createStatements(schema);
    }

    static void apply(TestDatabase db, List<String> statements) {
        db.execute(statements.toArray(String[]::new));
    }
}
