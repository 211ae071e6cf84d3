package dev.shale.cli;

import dev.shale.config.ShaleConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(name = "env", mixinStandardHelpOptions = true,
        description = {"List the environments of the project.",
                "Name, database kind, URL (password masked), default and production flags."})
final class EnvCommand implements Callable<Integer> {
    @ParentCommand
    private ShaleCommand root;

    @Mixin
    private TargetOptions target;

    @Mixin
    private FormatOption format;

    /** One environment as listed; {@code url} is masked, or the reason it could not be resolved. */
    record Listed(String name, boolean isDefault, boolean production, String dialect, String url, String problem) {
    }

    @Override
    public Integer call() {
        Terminal terminal = root.terminal();
        ShaleConfig config = target.loadConfig(root.invocation());
        String selected = target.environmentName().orElseGet(config::defaultEnvironmentName);
        List<Listed> listed = new ArrayList<>();
        for (String name : config.environments().keySet()) {
            listed.add(describe(config, name, selected, terminal));
        }
        if (format.json()) {
            terminal.println(Json.write(listed));
            return 0;
        }
        terminal.info(config.file().map(f -> "configuration: " + f)
                .orElse("no shale.toml: using the embedded default (SQLite at ./shale.db)"));
        TextTable table = new TextTable("ENVIRONMENT", "DATABASE", "URL", "");
        for (Listed env : listed) {
            String flags = (env.isDefault() ? "default " : "") + (env.production() ? "production" : "");
            table.row(env.name(), env.dialect() == null ? "?" : env.dialect(),
                    env.url() == null ? "unresolved: " + env.problem() : env.url(), flags.trim());
        }
        table.print(terminal);
        return 0;
    }

    private static Listed describe(ShaleConfig config, String name, String selected, Terminal terminal) {
        boolean production = config.environments().get(name).production();
        try {
            var env = config.environment(Optional.of(name), Optional.empty(), config.projectDir());
            terminal.addSecret(env.url().password());
            return new Listed(name, name.equals(selected), production, env.url().dialect().id(),
                    env.url().display(), null);
        } catch (dev.shale.ShaleException e) {
            return new Listed(name, name.equals(selected), production, null, null, e.getMessage());
        }
    }
}
