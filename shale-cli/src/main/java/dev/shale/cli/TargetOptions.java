package dev.shale.cli;

import dev.shale.Shale;
import dev.shale.config.ShaleConfig;
import java.util.Optional;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Which project and database a command works on: {@code --env}, {@code --url}, {@code --config}. */
public final class TargetOptions {
    @Option(names = {"-e", "--env"}, paramLabel = "NAME",
            description = "Environment from shale.toml (default: project.default_env, else 'dev').")
    private String environment;

    @Option(names = "--url", paramLabel = "URL",
            description = "Database URL, replacing the environment's: postgres://…, mysql://…, "
                    + "mariadb://…, sqlite:path, or a JDBC URL. ${VAR} is expanded.")
    private String url;

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "Configuration file (default: shale.toml here or in a parent directory).")
    private Path config;

    /** Loads the configuration and resolves the environment; registers its password as a secret. */
    Shale load(Invocation invocation) {
        return load(invocation, dev.shale.migrate.MigrationListener.SILENT);
    }

    /** As {@link #load(Invocation)}, with migration progress going to {@code listener}. */
    Shale load(Invocation invocation, dev.shale.migrate.MigrationListener listener) {
        return load(invocation, listener, null);
    }

    /** As {@link #load(Invocation, dev.shale.migrate.MigrationListener)}, with {@code --dev-url} when given. */
    Shale load(Invocation invocation, dev.shale.migrate.MigrationListener listener, String devUrl) {
        invocation.terminal().addSecret(devUrl == null ? null : passwordOf(devUrl));
        Shale shale = builder(invocation).listener(listener).devUrl(devUrl).load();
        Terminal terminal = invocation.terminal();
        terminal.addSecret(shale.environment().url().password());
        return shale;
    }

    /** Loads the configuration without resolving an environment. */
    ShaleConfig loadConfig(Invocation invocation) {
        return builder(invocation).loadConfig();
    }

    /**
     * Makes {@code name} the environment, for an option such as {@code verify --from-env} that
     * names it itself; a different {@code --env}, or {@code --url}, is a usage error.
     */
    void useEnvironment(String name, String option) {
        if (url != null) {
            throw dev.shale.ShaleException.usage(option + " cannot be combined with --url",
                    option + " names an environment of shale.toml; leave out --url");
        }
        if (environment != null && !environment.equals(name)) {
            throw dev.shale.ShaleException.usage(option + " " + name + " and --env " + environment + " disagree",
                    "leave out --env: " + option + " names the environment");
        }
        environment = name;
    }

    /** The environment named with --env, if any. */
    Optional<String> environmentName() {
        return Optional.ofNullable(environment);
    }

    private Shale.Builder builder(Invocation invocation) {
        invocation.terminal().addSecret(url == null ? null : passwordOf(url));
        return Shale.configure()
                .projectDir(invocation.workingDir())
                .variables(invocation.variables())
                .configFile(config)
                .environment(environment)
                .url(url);
    }

    /** Best effort: the password in a raw URL, so it is masked even if the URL does not parse. */
    private static String passwordOf(String rawUrl) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("://[^:/@]*:([^@/]+)@").matcher(rawUrl);
        return m.find() ? m.group(1) : null;
    }
}
