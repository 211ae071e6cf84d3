package dev.shale.dialect.mysql;

import dev.shale.dialect.CatalogReader;
import dev.shale.model.DatabaseSchema;
import dev.shale.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Test helpers: inspect a test database, and apply statements to one. */
final class MysqlInspection {
    private MysqlInspection() {
    }

    static DatabaseSchema inspect(TestDatabase db) {
        return inspect(db, new int[1]);
    }

    /** Inspects and puts the number of catalog queries it took into {@code queries[0]}. */
    static DatabaseSchema inspect(TestDatabase db, int[] queries) {
        try (Connection c = db.connect()) {
            CatalogReader catalog = new CatalogReader(c);
            DatabaseSchema schema = db.dialect().inspector().inspect(catalog, List.of());
            queries[0] = catalog.queryCount();
            return schema;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void apply(TestDatabase db, List<String> statements) {
        db.execute(statements.toArray(String[]::new));
    }
}
