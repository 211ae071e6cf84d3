package dev.shale.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.shale.ConfigurationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds and reads {@code shale.toml}. Unknown keys are errors (a typo must not silently
 * fall back to a default); values are checked once here, so the rest of Shale can trust them.
 */
public final class ConfigLoader {
    private static final Set<String> TOP_LEVEL = Set.of("project", "env");
    private static final Set<String> SETTING_KEYS =
            Set.of("schema", "migrations", "dev_url", "lock_timeout", "history_table", "history_schema",
                    "statement_lock_timeout", "notify_url", "lock_wait_alert_after");
    private static final Set<String> PROJECT_KEYS = union(SETTING_KEYS, Set.of("default_env"));
    private static final Set<String> ENV_KEYS = union(SETTING_KEYS, Set.of("url", "production"));

    private final Map<String, String> variables;

    public ConfigLoader(Map<String, String> variables) {
        this.variables = variables;
    }

    /**
     * @param explicitFile the file given with {@code --config}; when empty, {@code shale.toml}
     *                     is looked for in {@code workingDir} and its parents
     */
    public ShaleConfig load(Optional<Path> explicitFile, Path workingDir) {
        Interpolation interpolation = new Interpolation(variables);
        Optional<Path> file = explicitFile.map(f -> workingDir.resolve(f).normalize()).or(() -> find(workingDir));
        if (explicitFile.isPresent() && !Files.isRegularFile(file.get())) {
            throw new ConfigurationException("configuration file " + file.get() + " does not exist",
                    "check the --config path, or run 'shale init' to create " + ShaleConfig.FILE_NAME);
        }
        if (file.isEmpty()) {
            return ShaleConfig.embedded(workingDir, interpolation);
        }
        return parse(file.get(), interpolation);
    }

    private static Optional<Path> find(Path workingDir) {
        for (Path dir = workingDir.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(ShaleConfig.FILE_NAME);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private ShaleConfig parse(Path file, Interpolation interpolation) {
        JsonNode root = readToml(file);
        TomlTable top = new TomlTable(file, "", root);
        top.requireOnly(TOP_LEVEL);
        TomlTable projectTable = top.table("project");
        projectTable.requireOnly(PROJECT_KEYS);
        Settings project = Settings.DEFAULTS.overriddenBy(projectTable.settings());
        Map<String, EnvironmentDefinition> environments = new LinkedHashMap<>();
        TomlTable envs = top.table("env");
        for (String name : envs.keys()) {
            TomlTable env = envs.table(name);
            env.requireOnly(ENV_KEYS);
            String url = env.requiredString("url");
            environments.put(name, new EnvironmentDefinition(name, url,
                    env.optionalBoolean("production").orElse(false), env.settings()));
        }
        Optional<String> defaultEnv = projectTable.optionalString("default_env");
        if (environments.isEmpty()) {
            throw new ConfigurationException(file + " defines no environment",
                    "add one, e.g.  [env.dev]  url = \"sqlite:shale.db\"");
        }
        defaultEnv.filter(name -> !environments.containsKey(name)).ifPresent(name -> {
            throw new ConfigurationException(
                    file + ": project.default_env names unknown environment '" + name + "'",
                    "known environments: " + String.join(", ", environments.keySet()));
        });
        return new ShaleConfig(Optional.of(file), file.toAbsolutePath().getParent(), defaultEnv,
                environments, project, interpolation);
    }

    private static JsonNode readToml(Path file) {
        try {
            String text = Files.readString(file);
            return TomlDocument.parse(text);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new ConfigurationException(
                    file + (line > 0 ? ":" + line : "") + ": malformed TOML: " + e.getOriginalMessage(),
                    "fix the syntax at that line; TOML reference: https://toml.io", e);
        } catch (IOException e) {
            throw new ConfigurationException("cannot read " + file + ": " + e.getMessage(),
                    "check the file exists and is readable", e);
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.HashSet<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
