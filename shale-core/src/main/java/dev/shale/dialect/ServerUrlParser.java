package dev.shale.dialect;

import dev.shale.ConfigurationException;
import dev.shale.db.DatabaseUrl;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Parses the URL forms of client/server databases: {@code scheme://user:pass@host:port/db?opts}
 * and {@code jdbc:driver://host:port/db?user=…&password=…}. Credentials are taken out of the
 * JDBC URL and passed to the driver as properties, so no URL that Shale keeps holds a secret.
 */
public final class ServerUrlParser {
    private final Dialect dialect;
    private final List<String> schemes;
    private final List<String> jdbcSchemes;
    private final String jdbcScheme;
    private final int defaultPort;

    /**
     * @param jdbcSchemes JDBC sub-protocols accepted as input ({@code jdbc:<scheme>:})
     * @param jdbcScheme  the sub-protocol of the driver Shale uses
     */
    public ServerUrlParser(Dialect dialect, List<String> schemes, List<String> jdbcSchemes,
                           String jdbcScheme, int defaultPort) {
        this.dialect = dialect;
        this.schemes = schemes;
        this.jdbcSchemes = jdbcSchemes;
        this.jdbcScheme = jdbcScheme;
        this.defaultPort = defaultPort;
    }

    public Optional<DatabaseUrl> parse(String raw) {
        String lower = raw.toLowerCase();
        for (String scheme : jdbcSchemes) {
            if (lower.startsWith("jdbc:" + scheme + "://")) {
                return Optional.of(build(raw, raw.substring(("jdbc:" + scheme).length() + 1)));
            }
        }
        for (String scheme : schemes) {
            if (lower.startsWith(scheme + "://")) {
                return Optional.of(build(raw, raw.substring(scheme.length() + 1)));
            }
        }
        return Optional.empty();
    }

    /** @param rest the part after the scheme, starting with {@code //} */
    private DatabaseUrl build(String raw, String rest) {
        URI uri;
        try {
            uri = new URI("x:" + rest);
        } catch (URISyntaxException e) {
            throw invalid(raw, e.getReason());
        }
        if (uri.getHost() == null) {
            throw invalid(raw, "no host name");
        }
        String user = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            password = parts.length > 1 ? decode(parts[1]) : null;
        }
        List<String> keptParams = new ArrayList<>();
        if (uri.getRawQuery() != null) {
            for (String param : uri.getRawQuery().split("&")) {
                String[] kv = param.split("=", 2);
                String value = kv.length > 1 ? decode(kv[1]) : "";
                switch (kv[0].toLowerCase()) {
                    case "user" -> user = value;
                    case "password" -> password = value;
                    default -> keptParams.add(param);
                }
            }
        }
        int port = uri.getPort() > 0 ? uri.getPort() : defaultPort;
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String database = path.startsWith("/") ? decode(path.substring(1)) : decode(path);
        String jdbc = "jdbc:" + jdbcScheme + "://" + uri.getHost() + ":" + port + "/"
                + (path.startsWith("/") ? path.substring(1) : path)
                + (keptParams.isEmpty() ? "" : "?" + String.join("&", keptParams));
        return new DatabaseUrl(dialect, jdbc, emptyToNull(user), password, uri.getHost(), port,
                database.isEmpty() ? null : database);
    }

    /** The same server, credentials and options with another database selected. */
    public DatabaseUrl withDatabase(DatabaseUrl url, String database) {
        String jdbc = url.jdbcUrl();
        int query = jdbc.indexOf('?');
        String params = query < 0 ? "" : jdbc.substring(query);
        String encoded = URLEncoder.encode(database, StandardCharsets.UTF_8).replace("+", "%20");
        String newJdbc = "jdbc:" + jdbcScheme + "://" + url.host() + ":" + url.port() + "/" + encoded + params;
        return new DatabaseUrl(dialect, newJdbc, url.user(), url.password(), url.host(), url.port(), database);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private ConfigurationException invalid(String raw, String reason) {
        return new ConfigurationException(
                "invalid " + dialect.displayName() + " URL '" + DatabaseUrl.redact(raw) + "': " + reason,
                "expected " + schemes.get(0) + "://user:password@host:" + defaultPort
                        + "/database (percent-encode special characters in the password)");
    }
}
