package dev.shale.inspect;

import dev.shale.DatabaseUnavailableException;
import dev.shale.db.DatabaseUrl;
import dev.shale.dialect.CatalogReader;
import dev.shale.dialect.ConnectFailures;
import dev.shale.model.DatabaseSchema;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/** Reads a live database's schema through its dialect, on a read-only connection. */
public final class Inspector {
    private Inspector() {
    }

    /**
     * @param namespaces schemas to read (PostgreSQL); empty for all user schemas
     */
    public static Inspection inspect(DatabaseUrl url, List<String> namespaces) {
        long start = System.nanoTime();
        // Inspection never writes; a read-only session makes that a guarantee of the server.
        try (Connection connection = url.connectReadOnly()) {
            // A borrowed connection's pool may hold no second one: such an inspection reads on one session.
            CatalogReader catalog = new CatalogReader(connection, url.borrowed() ? null : url::connectReadOnly);
            DatabaseSchema schema = url.dialect().inspector().inspect(catalog, namespaces);
            return new Inspection(url.display(), schema, catalog.queryCount(),
                    Duration.ofNanos(System.nanoTime() - start));
        } catch (SQLException e) {
            throw new DatabaseUnavailableException(
                    "cannot read the schema of " + url.display() + ": " + ConnectFailures.firstLine(e),
                    "check that the user may read the catalog (run with --debug for details)", e);
        }
    }
}
