package dev.shale.spring;

import dev.shale.ExitCode;
import dev.shale.Shale;
import dev.shale.ShaleException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.core.env.Environment;

/** Builds the {@link Shale} of the auto-configuration from the properties and migrates. */
final class StartupMigration {
    private static final Log LOG = LogFactory.getLog("dev.shale");
    private static final String CLASSPATH = "classpath:";

    private StartupMigration() {
    }

    static ShaleMigrations run(ShaleProperties properties, Environment environment, Optional<DataSource> dataSource) {
        Shale.Builder builder = Shale.configure().listener(line -> LOG.info("shale: " + line));
        if (properties.getUrl() == null && dataSource.isPresent()) {
            // The application's own pool: Shale restores each session before giving it back.
            builder.dataSource(dataSource.get());
        } else {
            connectWithUrl(builder, properties, environment);
        }
        String migrations = properties.getMigrations();
        if (migrations.startsWith(CLASSPATH)) {
            builder.migrationsFromClasspath(migrations.substring(CLASSPATH.length()));
        } else {
            builder.migrationsDir(Path.of(migrations));
        }
        Shale shale = builder.load();
        LOG.info("shale: migrating " + shale.environment().url().display());
        return new ShaleMigrations(shale.migrate());
    }

    private static void connectWithUrl(Shale.Builder builder, ShaleProperties properties, Environment environment) {
        String url = Optional.ofNullable(properties.getUrl())
                .or(() -> Optional.ofNullable(environment.getProperty("spring.datasource.url")))
                .orElseThrow(() -> new ShaleException(ExitCode.USAGE, "Shale has no database to migrate",
                        "define a DataSource bean, set spring.datasource.url or shale.url, or shale.enabled=false"));
        Map<String, String> variables = new HashMap<>();
        StringBuilder credentials = new StringBuilder();
        credential("user", Optional.ofNullable(properties.getUser())
                .or(() -> Optional.ofNullable(environment.getProperty("spring.datasource.username"))), variables,
                credentials);
        credential("password", Optional.ofNullable(properties.getPassword())
                .or(() -> Optional.ofNullable(environment.getProperty("spring.datasource.password"))), variables,
                credentials);
        String fullUrl = credentials.isEmpty() ? url
                : url + (url.contains("?") ? "&" : "?") + credentials.substring(1);
        builder.url(fullUrl).variables(variables);
    }

    /** Adds {@code &name=${SHALE_NAME}}; the value goes through a variable, URL-encoded, never into a message. */
    private static void credential(String name, Optional<String> value, Map<String, String> variables,
                                   StringBuilder credentials) {
        value.filter(v -> !v.isEmpty()).ifPresent(v -> {
            String variable = "SHALE_SPRING_" + name.toUpperCase(java.util.Locale.ROOT);
            variables.put(variable, URLEncoder.encode(v, StandardCharsets.UTF_8));
            credentials.append('&').append(name).append("=${").append(variable).append('}');
        });
    }
}
