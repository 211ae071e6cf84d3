package dev.shale.studio;

import dev.shale.Shale;
import dev.shale.config.Environment;
import dev.shale.config.EnvironmentDefinition;
import dev.shale.config.ShaleConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The project the studio serves: where {@code shale.toml} is looked for and the variables it may
 * read. The configuration is read again for every page, so an edit of shale.toml shows at the next
 * reload; each environment is resolved on its own, so one with a missing secret does not block the others.
 *
 * @param workingDir where shale.toml is looked for (and its parents)
 * @param configFile an explicit configuration file, or null
 * @param variables  what {@code ${VAR}} in shale.toml reads
 */
public record StudioProject(Path workingDir, Path configFile, Map<String, String> variables) {

    public StudioProject {
        variables = Map.copyOf(variables);
    }

    ShaleConfig config() {
        return builder().loadConfig();
    }

    /** The environment names in file order; reading them checks shale.toml. */
    public List<String> environments() {
        return List.copyOf(config().environments().keySet());
    }

    /** The environments with {@code production = true}, in file order. */
    List<String> productionEnvironments() {
        return config().environments().values().stream().filter(EnvironmentDefinition::production)
                .map(EnvironmentDefinition::name).toList();
    }

    /** The facade on {@code environment}, or on the default environment when it is empty. */
    Shale shale(Optional<String> environment) {
        return builder().environment(environment.orElse(null)).load();
    }

    Environment environment(String name) {
        return shale(Optional.of(name)).environment();
    }

    private Shale.Builder builder() {
        return Shale.configure().projectDir(workingDir).configFile(configFile).variables(variables);
    }
}
