package dev.shale.db;

import dev.shale.dialect.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Where a database is and how to log in to it, already translated to a JDBC URL.
 * The password is kept out of {@link #jdbcUrl()} and out of every rendering of this value:
 * {@link #toString()} is safe to print.
 *
 * @param dialect  the database product
 * @param jdbcUrl  JDBC URL without credentials
 * @param user     user name, or null for the driver default
 * @param password password, or null
 * @param host     server host, or null for embedded databases
 * @param port     server port, or 0 for embedded databases
 * @param database database name, or the file path for SQLite
 * @param dataSource the application's DataSource connections are borrowed from, or null to open
 *                   them with the JDBC URL (see {@link DataSourceUrls})
 */
public record DatabaseUrl(Dialect dialect, String jdbcUrl, String user, String password,
                          String host, int port, String database, DataSource dataSource) {

    /** A database reached through its JDBC URL and credentials. */
    public DatabaseUrl(Dialect dialect, String jdbcUrl, String user, String password,
                       String host, int port, String database) {
        this(dialect, jdbcUrl, user, password, host, port, database, null);
    }

    private static final Pattern USERINFO_PASSWORD = Pattern.compile("(://[^:/@\\s]*):[^@/\\s]*@");
    private static final Pattern PASSWORD_PARAM =
            Pattern.compile("(?i)((?:password|pass|pwd)=)[^&;\\s]*");

    /** Opens a connection; failures are explained by the dialect (exit code 3). */
    public Connection connect() {
        return connect(Map.of());
    }

    /** Opens a session in which the server refuses writes (see {@link Dialect#connectReadOnly}). */
    public Connection connectReadOnly() {
        return dialect.connectReadOnly(this);
    }

    /**
     * Opens a connection with extra driver properties; failures are explained by the dialect.
     * A borrowed connection (see {@link #borrowed()}) cannot take driver properties: it comes
     * as the application's DataSource makes it.
     */
    public Connection connect(Map<String, String> driverProperties) {
        if (borrowed()) {
            return BorrowedConnection.borrow(this);
        }
        Properties properties = new Properties();
        properties.putAll(driverProperties);
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        try {
            Connection connection = dialect.driver().connect(jdbcUrl, properties);
            if (connection == null) {
                throw new SQLException("No suitable driver found for " + jdbcUrl, "08001");
            }
            return connection;
        } catch (SQLException e) {
            throw dialect.explainConnectFailure(e, this);
        }
    }

    /**
     * True when connections come from the application's DataSource: Shale then knows no
     * password, and restores each connection's session before it goes back to the pool.
     */
    public boolean borrowed() {
        return dataSource != null;
    }

    /** True when this URL names a server rather than a file. */
    public boolean isServer() {
        return host != null;
    }

    /** A readable location without the password, e.g. {@code postgresql://app@db:5432/shop}. */
    public String display() {
        if (!isServer()) {
            return dialect.id() + ":" + database;
        }
        String who = user == null ? "" : user + "@";
        String db = database == null ? "" : database;
        return dialect.id() + "://" + who + host + ":" + port + "/" + db;
    }

    @Override
    public String toString() {
        return display();
    }

    /** Masks any password in a raw URL string, for messages about URLs that did not parse. */
    public static String redact(String raw) {
        if (raw.indexOf('=') < 0 && !raw.contains("://")) {
            // Neither pattern can match: every progress line takes this way.
            return raw;
        }
        String masked = USERINFO_PASSWORD.matcher(raw).replaceAll("$1:***@");
        return PASSWORD_PARAM.matcher(masked).replaceAll("$1***");
    }
}
