package dev.shale.testing;

import dev.shale.db.DatabaseUrl;
import dev.shale.dialect.Dialect;
import dev.shale.dialect.Dialects;
import java.nio.file.Path;

/**
 * The real databases the tests run on. Server addresses come from environment variables,
 * defaulting to the local servers: {@code SHALE_TEST_POSTGRES_URL}
 * (postgres://postgres@127.0.0.1:5432/postgres) and {@code SHALE_TEST_MARIADB_URL}
 * (mysql://root@127.0.0.1:3306/).
 */
public enum TestDialect {
    POSTGRES("SHALE_TEST_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres"),
    MARIADB("SHALE_TEST_MARIADB_URL", "mysql://root@127.0.0.1:3306/"),
    SQLITE(null, null);

    private final String variable;
    private final String fallback;

    TestDialect(String variable, String fallback) {
        this.variable = variable;
        this.fallback = fallback;
    }

    /** The URL of the server's administrative database, where test databases are created. */
    public DatabaseUrl serverUrl(Path scratchDir) {
        if (variable == null) {
            return Dialects.parseUrl("sqlite:" + scratchDir.resolve("server.db"), scratchDir);
        }
        String configured = System.getenv(variable);
        return Dialects.parseUrl(configured == null || configured.isBlank() ? fallback : configured, scratchDir);
    }

    public Dialect dialect() {
        return serverUrl(Path.of(System.getProperty("java.io.tmpdir"))).dialect();
    }
}
