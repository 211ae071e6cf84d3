package dev.shale.db;

import dev.shale.ConfigurationException;
import dev.shale.DatabaseUnavailableException;
import dev.shale.dialect.ConnectFailures;
import dev.shale.dialect.Dialects;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Describes an application's DataSource as a {@link DatabaseUrl} whose connections are borrowed
 * from it: dialect, host, port, database and user are read once from a connection's metadata
 * URL. The password is never learnt, so nothing that prints the URL can show it.
 */
public final class DataSourceUrls {
    private DataSourceUrls() {
    }

    /**
     * Borrows one connection to learn where {@code dataSource} connects; relative SQLite paths
     * resolve against {@code baseDir}.
     */
    public static DatabaseUrl describe(DataSource dataSource, Path baseDir) {
        String metadataUrl;
        String user;
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metadata = connection.getMetaData();
            metadataUrl = metadata.getURL();
            user = metadata.getUserName();
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("cannot connect through the DataSource: " + ConnectFailures.firstLine(e),
                    "check the DataSource's URL and credentials, and that the database accepts connections", e);
        }
        if (metadataUrl == null) {
            throw new ConfigurationException("the DataSource's driver does not tell its URL",
                    "give the database with url(...) instead of dataSource(...)");
        }
        DatabaseUrl parsed = Dialects.parseUrl(metadataUrl, baseDir);
        String who = user == null || user.isEmpty() ? parsed.user() : user;
        return new DatabaseUrl(parsed.dialect(), parsed.jdbcUrl(), parsed.isServer() ? who : null, null,
                parsed.host(), parsed.port(), parsed.database(), dataSource);
    }
}
