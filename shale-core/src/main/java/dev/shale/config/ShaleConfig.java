package dev.shale.config;

import dev.shale.ConfigurationException;
import dev.shale.db.DatabaseUrl;
import dev.shale.dialect.Dialects;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The project configuration as loaded from {@code shale.toml} (or the embedded default when
 * there is none). Immutable; environments are resolved on demand.
 *
 * @param file               the file it was read from, empty for the embedded default
 * @param projectDir         the directory relative paths in the file resolve against
 * @param defaultEnvironment the environment used when none is named
 * @param environments       the environments in file order
 * @param project            the {@code [project]} settings, defaults filled in
 */
public record ShaleConfig(Optional<Path> file, Path projectDir, Optional<String> defaultEnvironment,
                          Map<String, EnvironmentDefinition> environments, Settings project,
                          Interpolation interpolation) {

    /** Name of the environment Shale uses when there is no configuration at all. */
    public static final String EMBEDDED_ENVIRONMENT = "default";
    /** Database of the embedded environment, relative to the working directory. */
    public static final String EMBEDDED_URL = "sqlite:shale.db";
    public static final String FILE_NAME = "shale.toml";

    public ShaleConfig {
        environments = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(environments));
    }

    /** No shale.toml: one SQLite environment at ./shale.db in {@code workingDir}. */
    static ShaleConfig embedded(Path workingDir, Interpolation interpolation) {
        EnvironmentDefinition embedded =
                new EnvironmentDefinition(EMBEDDED_ENVIRONMENT, EMBEDDED_URL, false, Settings.NONE);
        return new ShaleConfig(Optional.empty(), workingDir, Optional.of(EMBEDDED_ENVIRONMENT),
                Map.of(EMBEDDED_ENVIRONMENT, embedded), Settings.DEFAULTS, interpolation);
    }

    public boolean isEmbeddedDefault() {
        return file.isEmpty();
    }

    /** The name Shale picks when the user names no environment. */
    public String defaultEnvironmentName() {
        return defaultEnvironment.orElseGet(() -> environments.containsKey("dev") ? "dev"
                : environments.keySet().iterator().next());
    }

    /**
     * Resolves an environment for a command.
     *
     * @param name        the environment named with {@code --env}, or empty for the default
     * @param urlOverride a URL given with {@code --url}; replaces the environment's URL
     * @param workingDir  base for relative paths in {@code urlOverride}
     */
    public Environment environment(Optional<String> name, Optional<String> urlOverride, Path workingDir) {
        String chosen = name.orElseGet(this::defaultEnvironmentName);
        EnvironmentDefinition definition = environments.get(chosen);
        if (definition == null) {
            throw unknownEnvironment(chosen);
        }
        Settings settings = project.overriddenBy(definition.settings());
        String where = "env." + chosen;
        DatabaseUrl url = urlOverride.isPresent()
                ? Dialects.parseUrl(interpolation.apply(urlOverride.get(), "--url"), workingDir)
                : Dialects.parseUrl(interpolation.apply(definition.url(), where + ".url"),
                        isEmbeddedDefault() ? workingDir : projectDir);
        Optional<DatabaseUrl> devUrl = Optional.ofNullable(settings.devUrl())
                .map(raw -> Dialects.parseUrl(interpolation.apply(raw, where + ".dev_url"), projectDir));
        List<Path> schemaPaths = settings.schema().stream().map(s -> projectDir.resolve(s).normalize()).toList();
        return new Environment(chosen, url, definition.production(), schemaPaths,
                projectDir.resolve(settings.migrations()).normalize(), devUrl,
                settings.lockTimeout() == null ? Duration.ofSeconds(60) : settings.lockTimeout(),
                settings.historyTable(), Optional.ofNullable(settings.historySchema()),
                settings.statementLockTimeout() == null ? Settings.DEFAULT_STATEMENT_LOCK_TIMEOUT
                        : settings.statementLockTimeout());
    }

    /**
     * The webhook {@code drift} and failed {@code migrate} / {@code rollback} post to for environment
     * {@code name}: its {@code notify_url},
     * else the project's; {@code ${VAR}} expanded, so a webhook's secret can stay out of the file.
     */
    public Optional<String> notifyUrl(String name) {
        EnvironmentDefinition definition = environments.get(name);
        if (definition == null) {
            throw unknownEnvironment(name);
        }
        return Optional.ofNullable(project.overriddenBy(definition.settings()).notifyUrl())
                .map(raw -> interpolation.apply(raw, "env." + name + ".notify_url"));
    }

    /**
     * How long {@code migrate} / {@code rollback} on environment {@code name} wait for the migration
     * lock before they alert the webhook: its {@code lock_wait_alert_after}, else the project's, else 30s.
     */
    public Duration lockWaitAlertAfter(String name) {
        EnvironmentDefinition definition = environments.get(name);
        if (definition == null) {
            throw unknownEnvironment(name);
        }
        Duration after = project.overriddenBy(definition.settings()).lockWaitAlertAfter();
        return after == null ? Settings.DEFAULT_LOCK_WAIT_ALERT_AFTER : after;
    }

    private ConfigurationException unknownEnvironment(String name) {
        if (isEmbeddedDefault()) {
            return new ConfigurationException(
                    "no " + FILE_NAME + " found, so there is no environment '" + name + "'",
                    "run 'shale init' to create " + FILE_NAME + " with your environments, or pass --url");
        }
        return new ConfigurationException(
                "unknown environment '" + name + "' in " + file.get(),
                "known environments: " + String.join(", ", environments.keySet()));
    }
}
