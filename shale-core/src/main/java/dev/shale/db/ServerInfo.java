package dev.shale.db;

import dev.shale.dialect.ConnectFailures;
import dev.shale.DatabaseUnavailableException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

/** What answered at a database URL: product and version, as the server reports them. */
public record ServerInfo(DatabaseUrl url, String product, String version) {

    public static ServerInfo probe(DatabaseUrl url) {
        try (Connection connection = url.connect()) {
            DatabaseMetaData meta = connection.getMetaData();
            return new ServerInfo(url, meta.getDatabaseProductName(), meta.getDatabaseProductVersion());
        } catch (SQLException e) {
            throw new DatabaseUnavailableException(
                    "lost the connection to " + url.display() + ": " + ConnectFailures.firstLine(e),
                    "check the server's log", e);
        }
    }
}
